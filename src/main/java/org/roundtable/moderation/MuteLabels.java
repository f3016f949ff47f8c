package org.roundtable.moderation;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** How long a mute lasts: the lengths offered, and each in words for the menu and the audit log. */
@TemplateExtension
public class MuteLabels {

    /** Mute lengths offered, in minutes. */
    public static final List<Integer> MUTE_MINUTES = List.of(10, 60, 24 * 60, 7 * 24 * 60);

    /** {@code 60.muteLabel} → "1 hour" */
    static String muteLabel(Integer minutes) {
        return describe(minutes);
    }

    /** A submitted length if it is one of those offered, else an hour. */
    static int offered(Integer minutes) {
        return minutes != null && MUTE_MINUTES.contains(minutes) ? minutes : MUTE_MINUTES.get(1);
    }

    public static String describe(int minutes) {
        if (minutes < 60) {
            return minutes + " minutes";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 == 1 ? "1 hour" : minutes / 60 + " hours";
        }
        if (minutes < 7 * 24 * 60) {
            return minutes / (24 * 60) == 1 ? "1 day" : minutes / (24 * 60) + " days";
        }
        return "1 week";
    }
}
