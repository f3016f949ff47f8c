package org.roundtable.classroom;

import io.quarkus.qute.TemplateExtension;

/** Wording that depends on a class's state, decided here rather than in templates. */
@TemplateExtension
public class ClassroomLabels {

    /** The button that flips a discussion's lock: "Unlock" when locked, else "Lock". */
    static String lockLabel(Discussion discussion) {
        return discussion.locked ? "Unlock" : "Lock";
    }
}
