package org.roundtable.classroom;

import org.roundtable.StoredEntity;

import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What every row that belongs to one class has: its id and the class (assignments, discussions, enrollments). */
@MappedSuperclass
public abstract class ClassroomRecord extends StoredEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Classroom classroom;

    protected ClassroomRecord() {
    }

    protected ClassroomRecord(Classroom classroom) {
        this.classroom = classroom;
    }
}
