package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People.Person;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The migration that brought in the kept counts fills them for the posts already there as the application
 * keeps them: its inserts, run again over posts of every kind, give what the application counts.
 */
@QuarkusTest
class KeptCountsMigrationTest extends ClassWithStudents {

    static final Path MIGRATION = Path.of("src/main/resources/db/migration/V17__kept_counts.sql");

    KeptCountsMigrationTest() {
        super("migration.teacher", "Migrated class", "Ana", "Ben", "Cy");
        everyoneSeesEveryPost();
    }

    @Test
    void theMigrationCountsExistingPostsAsTheApplicationDoes() {
        long benAnswer = cite(ben, null);
        long anaReply = cite(ana, benAnswer);
        cite(ana, benAnswer);
        cite(cy, anaReply);
        long hidden = cite(cy, null);
        act(hidden, "hide", Map.of("reason", "off topic"));
        long removed = cite(ben, anaReply);
        act(removed, "remove", Map.of("reason", "rude"));
        fixtures.configure(c.id(), k -> k.preModeration = true);
        cite(ana, null);

        QuarkusTransaction.requiringNew().run(this::fillAgain);

        var citations = QuarkusTransaction.requiringNew().call(() -> SectionCitations.stored(c.id()));
        var progress = QuarkusTransaction.requiringNew().call(() -> ProgressTally.stored(c.id()));
        assertFalse(citations.isEmpty());
        assertEquals(QuarkusTransaction.requiringNew().call(() -> SectionCitations.counted(c.id())), citations);
        assertEquals(QuarkusTransaction.requiringNew().call(() -> ProgressTally.counted(c.id())), progress);
        assertEquals(List.of(0, 1, 1), progress.get(c.discussions().get(0) + "/" + ana.id()),
                "no published answer, one waiting, two replies to one classmate");
    }

    /** Empties the kept counts and runs the migration's inserts again. */
    private void fillAgain() {
        var em = Panache.getEntityManager();
        for (String table : List.of("section_citation", "reply_tally", "post_progress")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        inserts().forEach(sql -> em.createNativeQuery(sql).executeUpdate());
    }

    private static List<String> inserts() {
        try {
            String script = String.join("\n", Files.readAllLines(MIGRATION).stream()
                    .map(line -> line.replaceAll("--.*$", "")).toList());
            return Arrays.stream(script.split(";")).map(String::strip).filter(s -> s.startsWith("insert")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer (no parent) or a reply to the first question, citing the first section, through the form. */
    private long cite(Person person, Long parent) {
        Map<String, String> fields = new HashMap<>(Map.of("body", "See the section " + UUID.randomUUID(),
                "sectionId", String.valueOf(c.sections().get(0)), "key", UUID.randomUUID().toString()));
        if (parent != null) {
            fields.put("parentId", String.valueOf(parent));
        }
        var response = person.browser().submit(q1, q1 + "/posts", fields);
        assertEquals(303, response.statusCode());
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
    }
}
