package org.roundtable.overview;

import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.discussion.EnumParams;

import io.quarkus.qute.TemplateExtension;

/** Addresses of the read-only pages of a class, built here so templates never concatenate URLs. */
@TemplateExtension
public class OverviewPaths {

    /** {@code classroom.participation(sort)} → /teach/classes/7/participation?sort=name */
    static String participation(Classroom classroom, Participation.SortBy sort) {
        return ClassroomPaths.action(classroom, "participation") + "?sort=" + EnumParams.param(sort);
    }

    /** {@code classroom.mindsChart(discussionId)}: where the class stood before and after, on the discussion page. */
    static String mindsChart(Classroom classroom, long discussionId) {
        return ClassroomPaths.discussionPage(classroom, discussionId) + "#minds";
    }

    /** {@code classroom.transcript(accountId)}: everything one student wrote in the class. */
    static String transcript(Classroom classroom, long accountId) {
        return ClassroomPaths.studentAction(classroom, accountId, "transcript");
    }

    /** {@code classroom.feedback(accountId)}: the teacher's private feedback to one student. */
    static String feedback(Classroom classroom, long accountId) {
        return ClassroomPaths.studentAction(classroom, accountId, "feedback");
    }
}
