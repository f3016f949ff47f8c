package org.roundtable.discussion;

/** The position an answer takes on a stance question. */
public enum Stance {

    AGREE("Agree"), DISAGREE("Disagree"), UNSURE("Unsure");

    public final String label;

    Stance(String label) {
        this.label = label;
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
