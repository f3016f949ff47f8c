package org.roundtable.moderation;

import org.roundtable.account.LocalPaths;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.discussion.EnumParams;

import io.quarkus.qute.TemplateExtension;

/** Addresses of the moderation pages, and where an action may send the teacher back to. */
@TemplateExtension
public class ModerationPaths {

    /** {@code classroom.queue(tab)} → /teach/classes/7/moderation?tab=flagged */
    public static String queue(Classroom classroom, QueueItem.Tab tab) {
        return ClassroomPaths.action(classroom, "moderation") + "?tab=" + EnumParams.param(tab);
    }

    /** {@code classroom.waitingQueue} → /teach/classes/7/moderation?tab=waiting */
    static String waitingQueue(Classroom classroom) {
        return queue(classroom, QueueItem.Tab.WAITING);
    }

    /** {@code classroom.approveAll}: the confirmation, and where it posts. */
    static String approveAll(Classroom classroom) {
        return ClassroomPaths.action(classroom, "moderation/approve-all");
    }

    /** {@code classroom.selectedPosts}: approve or hide the posts ticked in the queue. */
    static String selectedPosts(Classroom classroom) {
        return ClassroomPaths.action(classroom, "moderation/selected");
    }

    static String queue(Classroom classroom) {
        return ClassroomPaths.action(classroom, "moderation");
    }

    /** Back where the action was taken, if that is a page of this class (its overview too); else the queue. */
    static String back(Classroom classroom, String back) {
        String teach = ClassroomPaths.teachHome(classroom);
        boolean local = LocalPaths.orNull(back) != null
                && (back.equals(teach) || back.startsWith(teach + "/") || back.startsWith(teach + "?")
                        || back.startsWith(ClassroomPaths.studentHome(classroom) + "/"));
        return local ? back : queue(classroom);
    }
}
