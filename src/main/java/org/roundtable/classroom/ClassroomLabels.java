package org.roundtable.classroom;

import org.jsoup.nodes.Entities;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/** Wording that depends on a class's state, decided here rather than in templates. */
@TemplateExtension
public class ClassroomLabels {

    /** The button that flips a discussion's lock: "Unlock" when locked, else "Lock". */
    static String lockLabel(Discussion discussion) {
        return discussion.locked ? "Unlock" : "Lock";
    }

    /** {@code label:optional('Due')}: a field's label marked optional, for the field tag's label. */
    @TemplateExtension(namespace = "label")
    static RawString optional(String label) {
        return new RawString(Entities.escape(label) + " <span class=\"muted\">(optional)</span>");
    }
}
