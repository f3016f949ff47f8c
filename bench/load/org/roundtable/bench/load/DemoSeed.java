package org.roundtable.bench.load;

import static org.roundtable.bench.load.Log.say;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the demo class through the app's forms: students join and answer every question,
 * then posts are added until the discussions hold the plan's sizes.
 */
final class DemoSeed {

    /** What the page benchmark measures on. */
    record Seeded(long classId, long articleId, List<Long> discussions, List<Person> students, Person reader,
            Person teacher, List<Long> postingAnswers, String note) {

        String discussion(int index) {
            return "/classes/" + classId + "/discussions/" + discussions.get(index);
        }
    }

    private final Site site;
    private final Plan plan;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    DemoSeed(Site site, Plan plan) {
        this.site = site;
        this.plan = plan;
    }

    Seeded seed() throws Exception {
        long started = System.nanoTime();
        List<Future<Person>> joining = new ArrayList<>();
        for (int i = 0; i < plan.students(); i++) {
            Person student = new Person(site, "Student " + (i + 1));
            joining.add(pool.submit(() -> {
                student.join(Server.JOIN_CODE);
                return student;
            }));
        }
        List<Person> students = new ArrayList<>();
        for (Future<Person> f : joining) {
            students.add(f.get());
        }
        Person reader = students.get(0);
        long classId = reader.classId;
        String home = reader.get("/classes/" + classId).body();
        List<Long> ids = links(home, "/classes/" + classId + "/discussions/(\\d+)");
        List<Long> articles = links(home, "/classes/" + classId + "/articles/(\\d+)");
        if (ids.size() < plan.sizes().length + 1 || articles.isEmpty()) {
            throw new IllegalStateException("the demo class should have four discussions and an article");
        }
        for (Person student : students) {
            student.get("/classes/" + classId + "/discussions/" + ids.get(0));   // a page, for the CSRF cookie
        }
        Person teacher = new Person(site, "admin");
        teacher.signIn("admin", Server.ADMIN_PASSWORD);
        teacher.get("/classes/" + classId + "/discussions/" + ids.get(1));

        AtomicLong posts = new AtomicLong();
        List<Long> postingAnswers = new ArrayList<>();
        for (int d = 0; d <= plan.sizes().length; d++) {
            int size = d < plan.sizes().length ? plan.sizes()[d] : plan.sizes()[0];
            String path = "/classes/" + classId + "/discussions/" + ids.get(d);
            List<Long> answers = fill(path, size, d, students, posts);
            if (d == plan.sizes().length) {
                postingAnswers.addAll(answers);
            }
            say("seeded discussion %d: %d posts", ids.get(d), size);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        say("seeded %d students and %d posts through the forms in %.0f s", plan.students(), posts.get(), seconds);
        String note = String.format(Locale.ROOT, "%d students joined and wrote %,d posts through the forms in %.0f s",
                plan.students(), posts.get(), seconds);
        return new Seeded(classId, articles.get(0), ids, students, reader, teacher, postingAnswers, note);
    }

    /**
     * Everyone answers first (post-first shows classmates' posts only then), then a mix: per
     * four posts, two answers, a reply to an answer and a reply to that reply. Answers the
     * first answers' ids.
     */
    private List<Long> fill(String path, int size, int d, List<Person> students, AtomicLong posts) throws Exception {
        List<Future<Long>> first = new ArrayList<>();
        int everyone = Math.min(plan.students(), size);
        for (int s = 0; s < everyone; s++) {
            Person student = students.get(s);
            int n = s;
            first.add(pool.submit(() -> student.write(path, null, Texts.text(new Random(n), true))));
        }
        List<Long> answers = new ArrayList<>();
        for (Future<Long> f : first) {
            answers.add(f.get());
        }
        posts.addAndGet(everyone);
        List<Future<?>> units = new ArrayList<>();
        for (int start = everyone; start < size; start += 4) {
            int count = Math.min(4, size - start);
            long unitSeed = d * 1_000_003L + start;
            units.add(pool.submit(() -> {
                Random random = new Random(unitSeed);
                Long answer = null;
                Long reply = null;
                for (int k = 0; k < count; k++) {
                    Person author = students.get(random.nextInt(students.size()));
                    switch (k) {
                        case 0, 2 -> answer = author.write(path, null, Texts.text(random, true));
                        case 1 -> reply = author.write(path, answer, Texts.text(random, false));
                        default -> author.write(path, reply, Texts.text(random, false));
                    }
                    posts.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : units) {
            f.get();
        }
        return answers;
    }

    static List<Long> links(String html, String regex) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        Matcher link = Pattern.compile(regex).matcher(html);
        while (link.find()) {
            ids.add(Long.parseLong(link.group(1)));
        }
        return new ArrayList<>(ids);
    }
}
