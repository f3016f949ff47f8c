import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Roundtable's benchmark: starts the bench build on a fresh database, seeds it through the
 * app's own forms, measures, prints a table and (full run) writes it into docs/performance.md.
 * Run through bench/run.sh, which builds what this needs. Every request goes to 127.0.0.1, and
 * every loop is bounded in time and count.
 */
public class Bench {

    static final String JOIN_CODE = "KQX7M2";
    static final String ADMIN_PASSWORD = "bench-admin-password";
    /** docs/deployment.md: a heap the size the app needs, and the collector that suits two cores. */
    static final String SMALL_SERVER_JAVA_OPTS = "-XX:+UseSerialGC -Xmx192m";

    /** How big and how long: the full run, or the smoke run CI uses to keep the benchmark working. */
    record Plan(boolean isSmoke, int[] sizes, int students, int posters, int rounds, int seconds, int warmup,
            int starts, int streams, int livePosts) {
        static Plan full() {
            return new Plan(false, new int[] {100, 1_000, 10_000}, 30, 16, 3, 10, 5, 3, 500, 3);
        }

        static Plan smoke() {
            return new Plan(true, new int[] {20, 40, 80}, 16, 16, 1, 1, 1, 1, 20, 1);
        }
    }

    final Plan plan;
    final boolean postgresql;
    final Path app;
    final Path work;
    final Path out;
    final String command;
    final int port;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, List<Double>> figures = new LinkedHashMap<>();
    final Map<String, String> notes = new LinkedHashMap<>();
    Process server;
    String base;
    /** Seed, then keep the server up (at most 30 minutes, or until target/bench/run/release exists) to look at it. */
    boolean hold;

    Bench(Plan plan, boolean postgresql, Path app, Path work, Path out, String command) throws IOException {
        this.plan = plan;
        this.postgresql = postgresql;
        this.app = app;
        this.work = work;
        this.out = out;
        this.command = command;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        boolean postgresql = false;
        boolean hold = false;
        Path out = Path.of("docs/performance.md");
        String command = "bench/run.sh";
        for (String arg : args) {
            switch (arg) {
                case "--smoke" -> smoke = true;
                case "--postgresql" -> postgresql = true;
                case "--hold" -> hold = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (smoke) {
            command += " --smoke";
        }
        if (postgresql) {
            command += " --postgresql";
        }
        Path app = Path.of("target/bench", postgresql ? "postgresql-app" : "quarkus-app", "quarkus-run.jar");
        Path work = Path.of("target/bench/run");
        Bench bench = new Bench(smoke ? Plan.smoke() : Plan.full(), postgresql, app, work, out, command);
        bench.hold = hold;
        try {
            bench.run();
        } finally {
            bench.stopServer();
        }
    }

    // ------------------------------------------------------------------ the run

    void run() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        say("Benchmark (%s%s): sizes %s, %d round(s) of %d s, port %d", plan.isSmoke ? "smoke" : "full",
                postgresql ? ", PostgreSQL" : ", H2", Arrays.toString(plan.sizes), plan.rounds, plan.seconds, port);

        for (int i = 1; i <= plan.starts; i++) {
            if (i > 1) {
                stopServer();
            }
            double ms = startServer(i);
            add("start", ms);
            say("start %d: first page after %.0f ms", i, ms);
        }

        Seeded seeded = seed();
        Map<String, String> pages = new LinkedHashMap<>();
        String discussion = "/classes/" + seeded.classId + "/discussions/";
        for (int i = 0; i < plan.sizes.length; i++) {
            pages.put("d" + i, discussion + seeded.discussions.get(i));
        }
        pages.put("baseline", "/bench/classes/" + seeded.classId + "/discussions/" + seeded.discussions.get(1));
        pages.put("teacher", discussion + seeded.discussions.get(1));
        pages.put("article", "/classes/" + seeded.classId + "/articles/" + seeded.articleId);
        pages.put("home", "/classes/" + seeded.classId);

        statements(seeded, pages);
        if (hold) {
            hold(seeded, pages);
            return;
        }

        say("warming up");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            wrk(page.getValue(), cookieFor(page.getKey(), seeded), plan.warmup);
        }
        for (int round = 1; round <= plan.rounds; round++) {
            say("round %d of %d", round, plan.rounds);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String key = page.getKey();
                Wrk result = wrk(page.getValue(), cookieFor(key, seeded), plan.seconds);
                add(key + ".rps", result.rps);
                add(key + ".p50", result.p50);
                add(key + ".p99", result.p99);
                add(key + ".errors", result.errors);
                say("  %-8s %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  errors %.0f", key, result.rps, result.p50,
                        result.p99, result.errors);
                if (key.startsWith("d") || key.equals("baseline")) {
                    double rate = Math.max(1, result.rps / 2);
                    Latencies paced = constantRate(page.getValue(), cookieFor(key, seeded), rate, plan.seconds);
                    add(key + ".half.p99", paced.percentile(99));
                    add(key + ".half.rate", rate);
                    add(key + ".half.errors", paced.errors);
                    say("  %-8s at %5.0f req/s: p50 %6.1f ms  p99 %6.1f ms  errors %d", key, rate,
                            paced.percentile(50), paced.percentile(99), paced.errors);
                }
            }
            add("ratio.baseline", last("d1.rps") / last("baseline.rps"));
            add("ratio.growth", last("d2.rps") / last("d0.rps"));
            Posting posting = posting(seeded);
            add("post.rate", posting.rate);
            add("post.errors", posting.errors);
            say("  posting  %8.0f posts/s acknowledged, %d errors", posting.rate, posting.errors);
        }

        live(seeded);
        add("rss", rssMb());
        say("resident memory after the run: %.0f MB", median("rss"));
        stopServer();

        String table = table();
        System.out.println();
        System.out.println(table);
        if (plan.isSmoke) {
            Files.writeString(work.resolve("performance-smoke.md"), table);
            say("smoke run: docs/performance.md left as it was; table in %s", work.resolve("performance-smoke.md"));
        } else {
            writeReport(table);
            say("wrote %s", out);
        }
    }

    void hold(Seeded seeded, Map<String, String> pages) throws Exception {
        StringBuilder env = new StringBuilder("BASE=" + base + "\nPID=" + server.pid() + "\n");
        pages.forEach((key, path) -> env.append(key.toUpperCase(Locale.ROOT)).append("='").append(path).append("'\n"));
        env.append("READER='").append(seeded.reader.cookieHeader()).append("'\n");
        env.append("TEACHER='").append(seeded.teacher.cookieHeader()).append("'\n");
        Files.writeString(work.resolve("held.env"), env);
        say("holding the server: %s (release with: touch %s)", work.resolve("held.env"), work.resolve("release"));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (System.nanoTime() < deadline && !Files.exists(work.resolve("release")) && server.isAlive()) {
            Thread.sleep(500);
        }
    }

    String cookieFor(String page, Seeded seeded) {
        return page.equals("teacher") ? seeded.teacher.cookieHeader() : seeded.reader.cookieHeader();
    }

    // ------------------------------------------------------------------ server

    double startServer(int attempt) throws Exception {
        Path data = work.resolve("data-" + attempt);
        Files.createDirectories(data);
        List<String> java = new ArrayList<>(List.of("java"));
        String options = javaOptions();
        if (!options.isEmpty()) {
            java.addAll(List.of(options.split("\\s+")));
        }
        java.addAll(List.of("-jar", app.toString()));
        ProcessBuilder builder = new ProcessBuilder(java)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("ROUNDTABLE_DATA_DIR", "./" + data);
        env.put("ROUNDTABLE_SLOW_MODE", "0");
        env.put("ROUNDTABLE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ROUNDTABLE_DEMO_CLASS_CODE", JOIN_CODE);
        // Every live stream of the benchmark comes from one address, a few sessions each.
        env.put("ROUNDTABLE_LIVE_STREAMS_PER_SESSION", "1000");
        env.put("ROUNDTABLE_LIVE_STREAMS_PER_ADDRESS", "1000");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        if (postgresql) {
            String database = "bench" + attempt;
            postgres("drop database if exists " + database);
            postgres("create database " + database);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", System.getenv("BENCH_PG_URL") + "/" + database);
            env.put("QUARKUS_DATASOURCE_USERNAME", System.getenv("BENCH_PG_USER"));
            env.put("QUARKUS_DATASOURCE_PASSWORD", System.getenv("BENCH_PG_PASSWORD"));
        }
        long started = System.nanoTime();
        server = builder.start();
        long deadline = started + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + work.resolve("server.log"));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no page within 90 s; see " + work.resolve("server.log"));
    }

    /**
     * The server's JVM options: those docs/deployment.md recommends for a small server, or
     * BENCH_JAVA_OPTS when set (empty for the JVM's own defaults).
     */
    static String javaOptions() {
        return System.getenv().getOrDefault("BENCH_JAVA_OPTS", SMALL_SERVER_JAVA_OPTS).trim();
    }

    void stopServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + server.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    static void postgres(String sql) throws Exception {
        Process psql = new ProcessBuilder("psql", System.getenv("BENCH_PG_ADMIN_URL"), "-q", "-c", sql)
                .inheritIO().start();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + sql);
        }
    }

    // ------------------------------------------------------------------ people and forms

    /** One browser: its cookies and the CSRF token its forms carry. */
    final class Person {
        final String name;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        volatile String csrf;
        long classId;

        Person(String name) {
            this.name = name;
        }

        String cookieHeader() {
            return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookieHeader());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(response);
            Matcher token = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("csrf-token", csrf);
            String form = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookieHeader())
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            remember(response);
            return response;
        }

        void remember(HttpResponse<?> response) {
            for (String header : response.headers().allValues("set-cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String key = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(key);
                } else {
                    cookies.put(key, value);
                }
            }
        }

        /** Writes a post through the discussion's form; returns its id. */
        long write(String discussionPath, Long parentId, String body) throws IOException, InterruptedException {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("body", body);
            if (parentId != null) {
                fields.put("parentId", parentId.toString());
            }
            fields.put("key", UUID.randomUUID().toString());
            fields.put("sort", "oldest");
            fields.put("page", "1");
            HttpResponse<String> response = post(discussionPath + "/posts", fields);
            String location = response.headers().firstValue("location").orElse("");
            Matcher id = Pattern.compile("#post-(\\d+)").matcher(location);
            if (response.statusCode() != 303 || !id.find()) {
                throw new IllegalStateException("post refused: " + response.statusCode() + " " + location);
            }
            return Long.parseLong(id.group(1));
        }
    }

    record Seeded(long classId, long articleId, List<Long> discussions, List<Person> students, Person reader,
            Person teacher, List<Long> postingAnswers) {
    }

    Person join(String name) throws Exception {
        Person person = new Person(name);
        person.get("/join?code=" + JOIN_CODE);
        HttpResponse<String> joined = person.post("/join", Map.of("code", JOIN_CODE, "name", name));
        if (joined.statusCode() != 303 || !person.cookies.containsKey("rt_session")) {
            throw new IllegalStateException("join refused for " + name + ": " + joined.statusCode());
        }
        String welcome = joined.headers().firstValue("location").orElseThrow();
        person.classId = Long.parseLong(welcome.substring(welcome.lastIndexOf('/') + 1));
        return person;
    }

    Seeded seed() throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Person>> joining = new ArrayList<>();
        for (int i = 0; i < plan.students; i++) {
            String name = "Student " + (i + 1);
            joining.add(pool.submit(() -> join(name)));
        }
        List<Person> students = new ArrayList<>();
        for (Future<Person> f : joining) {
            students.add(f.get());
        }
        Person reader = students.get(0);
        long classId = reader.classId;
        HttpResponse<String> home = reader.get("/classes/" + classId);
        LinkedHashSet<Long> discussions = new LinkedHashSet<>();
        Matcher link = Pattern.compile("/classes/" + classId + "/discussions/(\\d+)").matcher(home.body());
        while (link.find()) {
            discussions.add(Long.parseLong(link.group(1)));
        }
        Matcher article = Pattern.compile("/classes/" + classId + "/articles/(\\d+)").matcher(home.body());
        if (discussions.size() < plan.sizes.length + 1 || !article.find()) {
            throw new IllegalStateException("the demo class should have four discussions and an article");
        }
        List<Long> ids = new ArrayList<>(discussions);
        for (Person student : students) {
            student.get("/classes/" + classId + "/discussions/" + ids.get(0));   // a page, for the CSRF cookie
        }

        Person teacher = new Person("admin");
        teacher.get("/signin");
        HttpResponse<String> signedIn = teacher.post("/signin", Map.of("username", "admin", "password", ADMIN_PASSWORD));
        if (signedIn.statusCode() != 303 || !teacher.cookies.containsKey("rt_session")) {
            throw new IllegalStateException("teacher sign-in refused: " + signedIn.statusCode());
        }
        teacher.get("/classes/" + classId + "/discussions/" + ids.get(1));

        AtomicLong posts = new AtomicLong();
        List<Long> postingAnswers = new ArrayList<>();
        for (int d = 0; d <= plan.sizes.length; d++) {
            int size = d < plan.sizes.length ? plan.sizes[d] : plan.sizes[0];
            String path = "/classes/" + classId + "/discussions/" + ids.get(d);
            // Everyone answers first (post-first shows classmates' posts only then), then a mix:
            // per four posts, two answers, a reply to an answer and a reply to that reply.
            List<Future<Long>> first = new ArrayList<>();
            int everyone = Math.min(plan.students, size);
            for (int s = 0; s < everyone; s++) {
                Person student = students.get(s);
                int n = s;
                first.add(pool.submit(() -> student.write(path, null, text(new Random(n), true))));
            }
            for (Future<Long> f : first) {
                long id = f.get();
                if (d == plan.sizes.length) {
                    postingAnswers.add(id);
                }
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
                        long id = switch (k) {
                            case 0, 2 -> answer = author.write(path, null, text(random, true));
                            case 1 -> reply = author.write(path, answer, text(random, false));
                            default -> author.write(path, reply, text(random, false));
                        };
                        posts.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : units) {
                f.get();
            }
            say("seeded discussion %d: %d posts", ids.get(d), size);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        say("seeded %d students and %d posts through the forms in %.0f s", plan.students, posts.get(), seconds);
        notes.put("seed", String.format(Locale.ROOT, "%d students joined and wrote %,d posts through the forms in %.0f s",
                plan.students, posts.get(), seconds));
        return new Seeded(classId, Long.parseLong(article.group(1)), ids, students, reader, teacher, postingAnswers);
    }

    static final String[] WORDS = ("the talks article section ceasefire mediator trust both sides agree because "
            + "however evidence quote says suggests I think we should consider history border prisoners "
            + "exchange guarantee Turkey Ukraine Russia negotiators deadline compromise question answer why how "
            + "fair lasting peace reporter claims source unclear example paragraph earlier later my opinion").split(" ");

    /** A post of 30 to 80 words with a little Markdown, like a student's. */
    static String text(Random random, boolean answer) {
        StringBuilder text = new StringBuilder();
        int words = (answer ? 50 : 30) + random.nextInt(30);
        for (int i = 0; i < words; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (i > 0) {
                text.append(i % 17 == 0 ? ".\n\n" : " ");
            }
            text.append(i == 5 ? "*" + word + "*" : word);
        }
        if (answer && random.nextInt(4) == 0) {
            text.append(". See <https://example.org/talks> & \"the second section\"");
        }
        return text.append('.').toString();
    }

    // ------------------------------------------------------------------ statements

    void statements(Seeded seeded, Map<String, String> pages) throws Exception {
        Person counter = new Person("counter");
        for (String key : List.of("d0", "d1", "d2", "teacher")) {
            Person who = key.equals("teacher") ? seeded.teacher : seeded.reader;
            who.get(pages.get(key));   // warm the caches
            counter.get("/bench/statements/start");
            int status = who.get(pages.get(key)).statusCode();
            long count = Long.parseLong(counter.get("/bench/statements").body().trim());
            if (status != 200) {
                throw new IllegalStateException(pages.get(key) + " answered " + status);
            }
            add(key + ".statements", count);
            say("statements for %s: %d", key, count);
        }
        Person teacher = seeded.teacher;
        for (int i = 0; i < plan.sizes.length; i++) {
            String path = pages.get("d" + i);
            teacher.get(path);
            counter.get("/bench/statements/start");
            teacher.get(path);
            add("t" + i + ".statements", Long.parseLong(counter.get("/bench/statements").body().trim()));
        }
    }

    // ------------------------------------------------------------------ wrk: the most the server does

    record Wrk(double rps, double p50, double p99, double errors) {
    }

    Wrk wrk(String path, String cookie, int seconds) throws Exception {
        if (!server.isAlive()) {
            throw new IllegalStateException("the server stopped; see " + work.resolve("server.log"));
        }
        Process process = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--latency",
                "-H", "Cookie: " + cookie, base + path).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        double rps = number(output, "Requests/sec:\\s+([0-9.]+)");
        double p50 = duration(output, "\\s50%\\s+([0-9.]+)(us|ms|s)");
        double p99 = duration(output, "\\s99%\\s+([0-9.]+)(us|ms|s)");
        double errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)").matcher(output);
        if (non2xx.find()) {
            errors += Double.parseDouble(non2xx.group(1));
        }
        Matcher socket = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Double.parseDouble(socket.group(g));
            }
        }
        return new Wrk(rps, p50, p99, errors);
    }

    static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    static double duration(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in:\n" + text);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    // ------------------------------------------------------------------ constant rate

    /** Latencies in milliseconds, counted from when each request was due. */
    static final class Latencies {
        final double[] values;
        final int errors;

        Latencies(double[] values, int errors) {
            this.values = values.clone();
            Arrays.sort(this.values);
            this.errors = errors;
        }

        double percentile(double p) {
            if (values.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * values.length) - 1;
            return values[Math.max(0, Math.min(values.length - 1, index))];
        }
    }

    /** At most this many requests in flight at the constant rate, each on its own kept-alive connection. */
    static final int PACED_CONNECTIONS = 64;

    /**
     * Sends requests on a fixed schedule, whatever the answers do, and measures each from the
     * moment it was due rather than when it was sent: a stall then shows in the latencies
     * instead of quietly lowering the rate (what wrk2's -R does). Up to 64 requests are in
     * flight; when all 64 connections are busy, the next request waits, and its wait counts.
     */
    Latencies constantRate(String path, String cookie, double rate, int seconds) throws Exception {
        int count = (int) Math.max(1, Math.round(rate * seconds));
        double[] latencies = new double[count];
        Arrays.fill(latencies, Double.NaN);
        AtomicLong errors = new AtomicLong();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000;
        long giveUp = start + TimeUnit.SECONDS.toNanos(seconds + 30L);
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nCookie: " + cookie
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        int connections = Math.min(PACED_CONNECTIONS, count);
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            running.add(workers.submit(() -> {
                Connection connection = null;
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() > giveUp) {
                        errors.incrementAndGet();
                        continue;
                    }
                    try {
                        if (connection == null) {
                            connection = new Connection();
                        }
                        int status = connection.exchange(request);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        if (connection != null) {
                            connection.close();
                        }
                        connection = null;
                    }
                    latencies[i] = (System.nanoTime() - due) / 1e6;
                }
                if (connection != null) {
                    connection.close();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        workers.shutdown();
        double[] measured = Arrays.stream(latencies).filter(l -> !Double.isNaN(l)).toArray();
        return new Latencies(measured, (int) errors.get());
    }

    /** One kept-alive HTTP/1.1 connection that sends a request and reads the whole answer. */
    final class Connection {
        final Socket socket;
        final java.io.BufferedInputStream in;
        final OutputStream out;

        Connection() throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return code;
        }

        String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void skip(long bytes) throws IOException {
            while (bytes > 0) {
                long skipped = in.skip(bytes);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                bytes -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    // ------------------------------------------------------------------ posting

    record Posting(double rate, int errors) {
    }

    /** The posters reply at once, each as fast as the server acknowledges, for the round's seconds. */
    Posting posting(Seeded seeded) throws Exception {
        String path = "/classes/" + seeded.classId + "/discussions/" + seeded.discussions.get(plan.sizes.length);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(plan.posters);
        CountDownLatch ready = new CountDownLatch(plan.posters);
        long begin = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long end = begin + TimeUnit.SECONDS.toNanos(plan.seconds);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < plan.posters; t++) {
            Person student = seeded.students.get(t % seeded.students.size());
            int thread = t;
            running.add(pool.submit(() -> {
                Random random = new Random(thread);
                ready.countDown();
                ready.await();
                LockSupport.parkNanos(begin - System.nanoTime());
                for (int k = 0; System.nanoTime() < end && k < 1_000_000; k++) {
                    Long parent = seeded.postingAnswers.get((thread + k) % seeded.postingAnswers.size());
                    try {
                        student.write(path, parent, text(random, false));
                        acknowledged.incrementAndGet();
                    } catch (RuntimeException | IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        pool.shutdown();
        return new Posting(acknowledged.get() / elapsed, (int) errors.get());
    }

    // ------------------------------------------------------------------ live updates

    /** One open live stream, read on its own thread, noting when each post's event arrives. */
    final class Stream implements Runnable {
        final Socket socket;
        final Map<Long, Long> arrivals = new ConcurrentHashMap<>();
        final CountDownLatch ready;

        Stream(String path, String cookie, CountDownLatch ready) throws IOException {
            this.ready = ready;
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                    + "Cookie: " + cookie + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        @Override
        public void run() {
            Pattern post = Pattern.compile("^data: ?\\{\"id\":(\\d+)");
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                boolean isPost = false;
                while ((line = in.readLine()) != null) {
                    long now = System.nanoTime();
                    if (line.startsWith("event:")) {
                        isPost = line.contains("post");
                        if (line.contains("ready")) {
                            ready.countDown();
                        }
                    }
                    Matcher m = post.matcher(line);
                    if (isPost && m.find()) {
                        arrivals.putIfAbsent(Long.parseLong(m.group(1)), now);
                    }
                }
            } catch (IOException closed) {
                // closed at the end of the measurement
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    void live(Seeded seeded) throws Exception {
        String path = "/classes/" + seeded.classId + "/discussions/" + seeded.discussions.get(plan.sizes.length);
        say("opening %d live streams", plan.streams);
        System.gc();
        double before = rssMb();
        CountDownLatch ready = new CountDownLatch(plan.streams);
        List<Stream> streams = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(plan.streams);
        try {
            for (int i = 0; i < plan.streams; i++) {
                Person student = seeded.students.get(i % seeded.students.size());
                Stream stream = new Stream(path + "/events", student.cookieHeader(), ready);
                streams.add(stream);
                readers.execute(stream);
            }
            if (!ready.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException((plan.streams - ready.getCount()) + " of " + plan.streams
                        + " live streams opened");
            }
            Thread.sleep(1000);
            double after = rssMb();
            add("sse.kb", (after - before) * 1024 / plan.streams);
            Person writer = seeded.reader;
            for (int i = 0; i < plan.livePosts; i++) {
                long sent = System.nanoTime();
                long id = writer.write(path, seeded.postingAnswers.get(i % seeded.postingAnswers.size()),
                        "Live update number " + (i + 1) + ".");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < deadline && streams.stream().anyMatch(s -> !s.arrivals.containsKey(id))) {
                    Thread.sleep(5);
                }
                double[] delays = new double[streams.size()];
                int missed = 0;
                for (int s = 0; s < streams.size(); s++) {
                    Long at = streams.get(s).arrivals.get(id);
                    if (at == null) {
                        missed++;
                        delays[s] = 20_000;
                    } else {
                        delays[s] = (at - sent) / 1e6;
                    }
                }
                Latencies latencies = new Latencies(delays, missed);
                add("sse.p99", latencies.percentile(99));
                add("sse.missed", missed);
                say("live post %d reached %d of %d streams: p50 %.0f ms, p99 %.0f ms", i + 1,
                        streams.size() - missed, streams.size(), latencies.percentile(50), latencies.percentile(99));
                Thread.sleep(1000);
            }
        } finally {
            streams.forEach(Stream::close);
            readers.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ figures and report

    void add(String key, double value) {
        figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    double last(String key) {
        List<Double> values = figures.get(key);
        return values.get(values.size() - 1);
    }

    double median(String key) {
        List<Double> values = figures.getOrDefault(key, List.of());
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    String table() throws Exception {
        int[] s = plan.sizes;
        StringBuilder t = new StringBuilder();
        t.append("| Figure | Target | Measured | |\n|---|---|---|---|\n");
        row(t, "SQL statements per discussion page, student (" + fmt(s[0], 0) + " / " + fmt(s[1], 0) + " / "
                + fmt(s[2], 0) + " posts)", "≤ 5, constant",
                fmt(median("d0.statements"), 0) + " / " + fmt(median("d1.statements"), 0) + " / "
                        + fmt(median("d2.statements"), 0),
                median("d2.statements") <= 5 && median("d0.statements") == median("d2.statements"));
        row(t, "SQL statements per discussion page, teacher (same pages)", "≤ 5, constant",
                fmt(median("t0.statements"), 0) + " / " + fmt(median("t1.statements"), 0) + " / "
                        + fmt(median("t2.statements"), 0),
                median("t2.statements") <= 5 && median("t0.statements") == median("t2.statements"));
        for (int i = 0; i < s.length; i++) {
            String k = "d" + i;
            row(t, "Discussion page, " + fmt(s[i], 0) + " posts: req/s, p50, p99 at 16 connections", "",
                    fmt(median(k + ".rps"), 0) + " req/s, " + fmt(median(k + ".p50"), 1) + " ms, "
                            + fmt(median(k + ".p99"), 1) + " ms", null);
        }
        row(t, "Hand-written baseline, " + fmt(s[1], 0) + " posts: req/s, p50, p99 at 16 connections", "",
                fmt(median("baseline.rps"), 0) + " req/s, " + fmt(median("baseline.p50"), 1) + " ms, "
                        + fmt(median("baseline.p99"), 1) + " ms", null);
        row(t, "Discussion page (" + fmt(s[1], 0) + " posts) ÷ baseline, throughput", "≥ 0.5×",
                fmt(median("ratio.baseline"), 2) + "×", median("ratio.baseline") >= 0.5);
        for (int i = 0; i < s.length; i++) {
            String k = "d" + i;
            boolean target = i == 1;
            row(t, "Discussion page, " + fmt(s[i], 0) + " posts: p99 at half its throughput ("
                    + fmt(median(k + ".half.rate"), 0) + " req/s, constant rate)", target ? "≤ 50 ms" : "",
                    fmt(median(k + ".half.p99"), 1) + " ms", target ? median(k + ".half.p99") <= 50 : null);
        }
        row(t, "Baseline: p99 at half its throughput (" + fmt(median("baseline.half.rate"), 0) + " req/s)", "",
                fmt(median("baseline.half.p99"), 1) + " ms", null);
        row(t, "Growth: " + fmt(s[2], 0) + "-post page ÷ " + fmt(s[0], 0) + "-post page, throughput", "≥ 0.8×",
                fmt(median("ratio.growth"), 2) + "×", median("ratio.growth") >= 0.8);
        row(t, "Discussion page, " + fmt(s[1], 0) + " posts, as the teacher: req/s, p50, p99", "",
                fmt(median("teacher.rps"), 0) + " req/s, " + fmt(median("teacher.p50"), 1) + " ms, "
                        + fmt(median("teacher.p99"), 1) + " ms", null);
        row(t, "Article page: req/s, p50, p99", "", fmt(median("article.rps"), 0) + " req/s, "
                + fmt(median("article.p50"), 1) + " ms, " + fmt(median("article.p99"), 1) + " ms", null);
        row(t, "Class home: req/s, p50, p99", "", fmt(median("home.rps"), 0) + " req/s, "
                + fmt(median("home.p50"), 1) + " ms, " + fmt(median("home.p99"), 1) + " ms", null);
        double pageErrors = 0;
        for (String key : figures.keySet()) {
            if (key.endsWith(".errors") && !key.startsWith("post.")) {
                pageErrors += figures.get(key).stream().mapToDouble(Double::doubleValue).sum();
            }
        }
        row(t, "Page requests answered with an error, all runs", "0", fmt(pageErrors, 0), pageErrors == 0);
        row(t, "Posting" + (postgresql ? " (PostgreSQL)" : " (H2, durable)") + ": acknowledged posts/s, "
                + plan.posters + " students replying at once", "≥ 300",
                fmt(median("post.rate"), 0), median("post.rate") >= 300);
        double postErrors = figures.getOrDefault("post.errors", List.of()).stream().mapToDouble(Double::doubleValue).sum();
        row(t, "Posting: errors, all runs", "0", fmt(postErrors, 0), postErrors == 0);
        row(t, "Live updates: a new post reaches " + plan.streams + " open streams, p99", "< 1 s",
                fmt(median("sse.p99"), 0) + " ms" + (median("sse.missed") > 0 ? " (" + fmt(median("sse.missed"), 0)
                        + " missed)" : ""), median("sse.p99") < 1000 && median("sse.missed") == 0);
        row(t, "Live updates: resident memory per open stream", "reported", fmt(median("sse.kb"), 1) + " KB", null);
        row(t, "Start to first page (JVM, fresh database)", "≤ 3 s", fmt(median("start") / 1000, 2) + " s",
                median("start") <= 3000);
        row(t, "Resident memory after the run", "≤ 350 MB", fmt(median("rss"), 0) + " MB", median("rss") <= 350);
        return t.toString();
    }

    static void row(StringBuilder t, String figure, String target, String measured, Boolean met) {
        t.append("| ").append(figure).append(" | ").append(target).append(" | ").append(measured).append(" | ")
                .append(met == null ? "" : met ? "met" : "**missed**").append(" |\n");
    }

    void writeReport(String table) throws Exception {
        String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> fmt(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0, 1) + " GiB")
                .orElse("unknown");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        String marker = postgresql ? "bench-postgresql" : "bench";
        String begin = "<!-- " + marker + ":begin -->";
        String end = "<!-- " + marker + ":end -->";
        String section = begin + "\n"
                + "Measured " + date + " with `" + command + "` on " + Runtime.getRuntime().availableProcessors()
                + " cores (" + cpu + "), " + memory + ", " + java + ", " + (postgresql ? "PostgreSQL" : "H2 (embedded)")
                + ", server started as `java " + (javaOptions().isEmpty() ? "" : javaOptions() + " ") + "-jar …`"
                + ". Medians of " + plan.rounds + " runs; " + notes.getOrDefault("seed", "") + ".\n\n"
                + table + end;
        String current = Files.exists(out) ? Files.readString(out) : "";
        int from = current.indexOf(begin);
        int to = current.indexOf(end);
        String next = from >= 0 && to > from
                ? current.substring(0, from) + section + current.substring(to + end.length())
                : current + "\n" + section + "\n";
        Files.writeString(out, next);
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
