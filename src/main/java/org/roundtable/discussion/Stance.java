package org.roundtable.discussion;

import org.roundtable.language.Messages;

/** The position an answer takes on a stance question. */
public enum Stance {

    AGREE, DISAGREE, UNSURE;

    /** "Agree", in the language being spoken. */
    public String label() {
        DiscussionMsg words = Messages.now(DiscussionMsg.class);
        return switch (this) {
            case AGREE -> words.stanceAgree();
            case DISAGREE -> words.stanceDisagree();
            case UNSURE -> words.stanceUnsure();
        };
    }

    /** Lower-case name, for CSS classes and form values. */
    public String css() {
        return EnumParams.param(this);
    }

    /** The stance named in a form, or null for none or an unknown value. */
    public static Stance parse(String value) {
        return EnumParams.parse(Stance.class, value, null);
    }
}
