package org.roundtable;

import io.quarkus.qute.TemplateExtension;

/**
 * Every count the product shows goes through here, so none reads "1 minutes": from Java
 * {@code Plurals.of(n, "minute")}, from a template {@code {n.plural('student')}}. It sits beside
 * {@link StoredEntity} so that every package may use it without depending on the web layer.
 */
public final class Plurals {

    private Plurals() {
    }

    /** "1 student", "0 students", "3 students". */
    public static String of(long count, String one) {
        return of(count, one, one + "s");
    }

    /** For nouns (or phrases) whose plural is not "s": {@code of(n, "reply", "replies")}. */
    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /** {@code {n.plural('student')}} → "1 student", "3 students". */
    @TemplateExtension
    static String plural(Number count, String one) {
        return of(count.longValue(), one);
    }

    /** {@code {n.plural('reply', 'replies')}}, also for phrases: {@code 'student is', 'students are'}. */
    @TemplateExtension
    static String plural(Number count, String one, String many) {
        return of(count.longValue(), one, many);
    }
}
