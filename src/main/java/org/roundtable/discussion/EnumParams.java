package org.roundtable.discussion;

import java.util.Locale;

/**
 * The one reading of an enum from a query or form parameter (sort orders, tabs, stances, flag
 * reasons): its lower-case name, case and surrounding space ignored; anything else is the fallback.
 */
public final class EnumParams {

    private EnumParams() {
    }

    /** The value a link or form sends for a constant: its name in lower case. */
    public static String param(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return fallback;
    }
}
