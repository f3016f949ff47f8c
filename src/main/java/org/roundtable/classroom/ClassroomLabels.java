package org.roundtable.classroom;

import org.jsoup.nodes.Entities;
import org.roundtable.language.Messages;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/** Wording that depends on a class's state, decided here rather than in templates. */
@TemplateExtension
public class ClassroomLabels {

    /** {@code label:optional('Due')}: a field's label marked optional, for the field tag's label. */
    @TemplateExtension(namespace = "label")
    static RawString optional(String label) {
        return new RawString(Entities.escape(label) + " <span class=\"muted\">"
                + Entities.escape(Messages.now(TeachingMsg.class).optional()) + "</span>");
    }
}
