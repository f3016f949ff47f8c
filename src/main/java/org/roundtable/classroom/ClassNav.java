package org.roundtable.classroom;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** One tab of the teacher's class navigation; {@code key} is what pages pass as {@code current}. */
public record ClassNav(String key, String label, String href) {

    public boolean isCurrent(String current) {
        return key.equals(current);
    }

    /** {@code classroom.nav}: the tabs of a class, in order. */
    @TemplateExtension
    static List<ClassNav> nav(Classroom classroom) {
        return List.of(new ClassNav("overview", "Overview", ClassroomPaths.teachHome(classroom)),
                tab(classroom, "moderation", "Moderation"), tab(classroom, "participation", "Participation"),
                tab(classroom, "roster", "Roster"), tab(classroom, "assign", "Assign"),
                tab(classroom, "announcements", "Announcements"),
                tab(classroom, "settings", "Settings"), tab(classroom, "audit", "Audit log"));
    }

    private static ClassNav tab(Classroom classroom, String key, String label) {
        return new ClassNav(key, label, ClassroomPaths.action(classroom, key));
    }
}
