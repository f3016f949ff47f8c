package org.roundtable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every stored row has: an id the database assigns (identity columns, as the migrations
 * declare them; Panache's own {@code PanacheEntity} would ask for a sequence). In the root
 * package because every feature package stores rows.
 */
@MappedSuperclass
public abstract class StoredEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Persists a new row and hands it back, so that a factory is one expression. */
    protected static <T extends StoredEntity> T persisted(T entity) {
        entity.persist();
        return entity;
    }
}
