package org.roundtable.discussion;

import org.roundtable.language.Messages;

/** Why a student flags a classmate's post. */
public enum FlagReason {

    OFF_TOPIC, UNKIND, PERSONAL_INFORMATION, OTHER;

    /** "Off-topic", in the language being spoken. */
    public String label() {
        PostMsg words = Messages.now(PostMsg.class);
        return switch (this) {
            case OFF_TOPIC -> words.reasonOffTopic();
            case UNKIND -> words.reasonUnkind();
            case PERSONAL_INFORMATION -> words.reasonPersonal();
            case OTHER -> words.reasonOther();
        };
    }

    public static FlagReason parse(String value) {
        return EnumParams.parse(FlagReason.class, value, null);
    }
}
