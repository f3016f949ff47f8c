package org.roundtable.classroom;

import org.jboss.resteasy.reactive.RestForm;

/**
 * What the join and come-back forms both send: the class code and the student's display name,
 * kept as typed so a refused form is shown back as it was.
 */
public abstract class ClassCodeForm {

    @RestForm
    public String code;

    @RestForm
    public String name;

    public String typedCode() {
        return code == null ? "" : code;
    }

    /** As typed: a name stored before today's rules may not pass them, and still finds its student. */
    public String typedName() {
        return name == null ? "" : name;
    }
}
