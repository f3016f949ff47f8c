package org.roundtable.discussion;

import org.roundtable.classroom.Classroom;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The class settings that decide what a reader of a discussion is shown. A live stream
 * keeps those it opened under; when the class's current ones differ, it ends.
 */
public record ClassRules(boolean anonymous, boolean postFirst, boolean preModeration, boolean archived,
        int editWindowMinutes) {

    public static ClassRules of(Classroom classroom) {
        return new ClassRules(classroom.anonymous, classroom.postFirst, classroom.preModeration, classroom.archived,
                classroom.editWindowMinutes);
    }

    /** The class's settings now, or null when the class is gone. */
    public static ClassRules load(long classId) {
        return Panache.getEntityManager().createQuery("select new " + ClassRules.class.getName() + "("
                + "c.anonymous, c.postFirst, c.preModeration, c.archived, c.editWindowMinutes) "
                + "from Classroom c where c.id = :id", ClassRules.class)
                .setParameter("id", classId).getResultStream().findFirst().orElse(null);
    }
}
