package org.roundtable.moderation;

import io.quarkus.qute.TemplateExtension;

/** How long a mute lasts, in words, for the mute menu. */
@TemplateExtension
public class MuteLabels {

    /** {@code 60.muteLabel} → "1 hour" */
    static String muteLabel(Integer minutes) {
        return ModerationResource.describe(minutes);
    }
}
