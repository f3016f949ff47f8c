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
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stance named in a form, or null for none or an unknown value. */
    public static Stance parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (Stance stance : values()) {
            if (stance.name().equalsIgnoreCase(value.strip())) {
                return stance;
            }
        }
        return null;
    }
}
