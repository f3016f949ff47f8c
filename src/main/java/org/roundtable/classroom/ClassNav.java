package org.roundtable.classroom;

import java.util.List;

import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/** One tab of the teacher's class navigation; {@code key} is what pages pass as {@code current}. */
public record ClassNav(String key, String label, String href) {

    public boolean isCurrent(String current) {
        return key.equals(current);
    }

    /** {@code classroom.nav}: the tabs of a class, in order. */
    @TemplateExtension
    static List<ClassNav> nav(Classroom classroom) {
        TeachingMsg words = Messages.now(TeachingMsg.class);
        return List.of(new ClassNav("overview", words.navOverview(), ClassroomPaths.teachHome(classroom)),
                tab(classroom, "moderation", words.navModeration()),
                tab(classroom, "participation", words.navParticipation()),
                tab(classroom, "roster", words.navRoster()), tab(classroom, "assign", words.navAssign()),
                tab(classroom, "announcements", words.navAnnouncements()),
                tab(classroom, "settings", words.navSettings()), tab(classroom, "audit", words.navAudit()));
    }

    private static ClassNav tab(Classroom classroom, String key, String label) {
        return new ClassNav(key, label, ClassroomPaths.action(classroom, key));
    }
}
