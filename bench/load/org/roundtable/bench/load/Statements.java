package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.say;

import java.util.List;
import java.util.Map;

/** SQL statements per page, counted by the bench build's statistics for one request at a time. */
final class Statements {

    private Statements() {
    }

    static void count(Site site, DemoSeed.Seeded seeded, Map<String, String> pages, Figures figures, int sizes)
            throws Exception {
        Person counter = new Person(site, "counter");
        for (String key : List.of("d0", "d1", "d2", "teacher")) {
            Person who = key.equals("teacher") ? seeded.teacher() : seeded.reader();
            long count = counted(counter, who, pages.get(key));
            figures.add(key + ".statements", count);
            say("statements for %s: %d", key, count);
        }
        for (int i = 0; i < sizes; i++) {
            figures.add("t" + i + ".statements", counted(counter, seeded.teacher(), pages.get("d" + i)));
        }
    }

    private static long counted(Person counter, Person who, String path) throws Exception {
        who.get(path);   // warm the caches
        counter.get("/bench/statements/start");
        int status = who.get(path).statusCode();
        long count = Long.parseLong(counter.get("/bench/statements").body().trim());
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
        return count;
    }
}
