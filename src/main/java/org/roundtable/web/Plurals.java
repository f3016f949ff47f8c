package org.roundtable.web;

import io.quarkus.qute.TemplateExtension;

/** Counted nouns in one place: {@code {n.plural('student')}} → "1 student", "3 students". */
@TemplateExtension
public class Plurals {

    static String plural(Number count, String one) {
        return plural(count, one, one + "s");
    }

    /** For nouns whose plural is not "s": {@code {n.plural('reply', 'replies')}}. */
    static String plural(Number count, String one, String many) {
        return count + " " + (count.longValue() == 1 ? one : many);
    }
}
