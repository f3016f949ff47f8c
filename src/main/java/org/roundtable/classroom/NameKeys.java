package org.roundtable.classroom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.roundtable.StartupWrites;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps every enrollment's name key in step with {@link Enrollment#nameKey} at startup. A key
 * depends on the confusables data of the ICU4J in use, so keys written by an older rule (lower-cased
 * names, or an older ICU) are recomputed here, every start, rather than once by a migration.
 * Two students of one class whose names turn out to look alike keep them apart by a number on the
 * later one's name ("Sam 2"), which their teacher sees on the roster.
 */
@ApplicationScoped
public class NameKeys {

    /** One enrollment's name and key as the current rule has them. */
    record Change(long id, String displayName, String nameKey, boolean renamed) {
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        int changed = StartupWrites.call("the name keys", NameKeys::rekey);
        if (changed > 0) {
            Log.infof("Updated the name keys of %d enrollments to the current name rule", changed);
        }
    }

    /** Brings every stored key up to date; returns how many enrollments changed. Runs in a transaction. */
    static int rekey() {
        List<Change> changes = changes(Enrollment.getEntityManager().createQuery(
                "select e.id, e.classroom.id, e.displayName, e.nameKey from Enrollment e "
                        + "order by e.classroom.id, e.joinedAt, e.id",
                Object[].class).getResultList());
        // Two steps, so that no row takes a key another row still holds for a moment.
        for (Change change : changes) {
            Enrollment.update("nameKey = ?1 where id = ?2", "rekey:" + change.id(), change.id());
        }
        for (Change change : changes) {
            Enrollment.update("nameKey = ?1, displayName = ?2 where id = ?3", change.nameKey(), change.displayName(),
                    change.id());
            if (change.renamed()) {
                Log.warnf("Enrollment %d had a name that looks like a classmate's: it now ends in a number",
                        change.id());
            }
        }
        return changes.size();
    }

    /** @param rows (id, class id, display name, stored key), by class, earliest joined first */
    static List<Change> changes(List<Object[]> rows) {
        List<Change> changes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Long classId = null;
        for (Object[] row : rows) {
            if (!Objects.equals(classId, row[1])) {
                classId = (Long) row[1];
                taken.clear();
            }
            String name = (String) row[2];
            String unique = name;
            for (int n = 2; taken.contains(Enrollment.nameKey(unique)); n++) {
                unique = name + " " + n;
            }
            String key = Enrollment.nameKey(unique);
            taken.add(key);
            if (!unique.equals(name) || !key.equals(row[3])) {
                changes.add(new Change((Long) row[0], unique, key, !unique.equals(name)));
            }
        }
        return changes;
    }
}
