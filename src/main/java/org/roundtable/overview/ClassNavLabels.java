package org.roundtable.overview;

import org.roundtable.classroom.ClassNav;
import org.roundtable.language.Messages;

import io.quarkus.qute.TemplateExtension;

/** {@code link.navLabel}: a tab of the teacher's class navigation named in the template's language, by its key. */
public final class ClassNavLabels {

    private ClassNavLabels() {
    }

    @TemplateExtension
    static String navLabel(ClassNav link, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        OverviewMsg words = Messages.in(OverviewMsg.class, locale);
        return switch (link.key()) {
            case "overview" -> words.navOverview();
            case "moderation" -> words.navModeration();
            case "participation" -> words.participation();
            case "roster" -> words.navRoster();
            case "assign" -> words.navAssign();
            case "announcements" -> words.navAnnouncements();
            case "settings" -> words.navSettings();
            case "audit" -> words.auditLog();
            default -> link.label();
        };
    }
}
