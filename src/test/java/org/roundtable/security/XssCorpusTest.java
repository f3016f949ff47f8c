package org.roundtable.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.account.Account;
import org.roundtable.account.CsrfMask;
import org.roundtable.account.Passwords;
import org.roundtable.account.SessionBoundCsrf;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.ImportedArticles;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.DisplayNames;
import org.roundtable.classroom.Enrollment;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.MovableClock;
import org.roundtable.support.SseClient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * User input never becomes active content. A corpus of known XSS payloads (src/test/resources/xss/payloads.txt: the
 * OWASP XSS Filter Evasion Cheat Sheet, PortSwigger's XSS cheat sheet, Markdown tricks and spreadsheet formulas) is
 * typed into every field a person controls, through the app's own forms, and every page that shows those fields is
 * read back with jsoup: discussion, class home, article, moderation queue, audit log, participation, transcript,
 * exports (HTML and CSV), roster, feedback, settings, the admin's teacher list, the refused forms that echo what was
 * typed, the live-update fragments, and the public pages given payloads in their address.
 *
 * <p>
 * The payloads are grouped so that each group fits whole in the tightest field (a teacher's display name, 80
 * characters); each group gets its own teacher, class, article, students, posts, flags, moderation and feedback,
 * and the groups run side by side. Every payload thus lands in every field kind, and every page of its group is
 * checked.
 *
 * <p>
 * On every page: no element has an event-handler or style attribute, no URL attribute holds a javascript:, data: or
 * vbscript: URL, the head is exactly the layout's, the body holds only elements the templates make (no script,
 * iframe, object, embed, base, meta, link, style, svg, math, img or anything else a payload could bring), and the
 * posts' and article sections' HTML holds only the sanitiser's allow-list. Each page must also show the input as
 * text (each field's content carries a field mark, such as "B " for a post body), which proves the input reached it
 * and was escaped rather than parsed. CSV cells never start a formula.
 */
@QuarkusTest
class XssCorpusTest {

    static final String CORPUS = "/xss/payloads.txt";
    /** The tightest field: a teacher's display name (and the audit log's copy of it) holds 80 characters. */
    static final int NAME_ROOM = 80;
    static final int THREADS = 6;
    static final String RETURN_CODE = "ABCD-EFGH";
    static final String FIELD_MARKS = "Field marks in the expected texts: T teacher name, C class name,"
            + " A article title, D dek, R source, S section heading, Q question, B post body, I instructions,"
            + " F feedback, H hide or remove reason, N flag note, M import text; display names have none.";

    @Inject
    Fixtures fixtures;

    @Inject
    ImportedArticles imported;

    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger documents = new AtomicInteger();
    final Set<String> pageKinds = ConcurrentHashMap.newKeySet();
    final Set<String> fieldKinds = ConcurrentHashMap.newKeySet();

    long adminId;
    long readerId;
    String returnCodeHash;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        imported.removeAll();
    }

    @AfterEach
    void tearDown() {
        fixtures.reset();
        imported.removeAll();
    }

    // ------------------------------------------------------------------------------------------------ the corpus

    static List<String> corpus() {
        try (InputStream in = XssCorpusTest.class.getResourceAsStream(CORPUS)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The app's own comparison: two payloads with the same key cannot be two names in one class. */
    static String nameKey(String payload) {
        return Enrollment.nameKey(payload);
    }

    /**
     * Groups of payloads, each fitting (joined by spaces, after a two-character field mark) in a teacher's display
     * name: first fit, longest first.
     */
    static List<List<String>> groups(List<String> corpus) {
        List<String> byLength = new ArrayList<>(corpus);
        byLength.sort(Comparator.comparingInt(String::length).reversed());
        List<List<String>> groups = new ArrayList<>();
        for (String payload : byLength) {
            List<String> home = null;
            for (List<String> group : groups) {
                String joined = String.join(" ", group) + " " + payload;
                boolean clash = group.stream().anyMatch(p -> nameKey(p).equals(nameKey(payload)));
                if (!clash && group.size() < 3 && joined.length() + 2 <= NAME_ROOM) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(payload);
        }
        return groups;
    }

    @Test
    void theCorpusIsBigEnoughAndHasTheClassics() {
        List<String> corpus = corpus();
        assertTrue(corpus.size() >= 40, "at least 40 payloads: " + corpus.size());
        assertEquals(corpus.size(), Set.copyOf(corpus).size(), "no payload twice");
        for (String payload : corpus) {
            assertTrue(payload.length() + 2 <= NAME_ROOM, "fits a name with its field mark: " + payload);
        }
        for (String classic : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "<svg/onload=alert(1)>", "<iframe src=javascript:alert(1)>", "'-alert(1)-'",
                "<a href=\"javas&#99;ript:alert(1)\">x</a>", "<body onload=alert(1)>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<details open ontoggle=alert(1)>",
                "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "![x](x\" onerror=\"alert(1))",
                "<base href=//evil.example/>", "<embed src=javascript:alert(1)>", "<object data=javascript:alert(1)>",
                "vbscript:msgbox(1)")) {
            assertTrue(corpus.contains(classic), "the corpus has " + classic);
        }
        assertTrue(corpus.stream().anyMatch(p -> p.startsWith("\">")), "breaking out of an attribute");
        assertTrue(corpus.stream().anyMatch(p -> p.startsWith("<meta http-equiv=refresh")), "meta refresh");
        assertTrue(corpus.stream().anyMatch(p -> p.contains("data:text/html")), "data: URLs");
        List<List<String>> groups = groups(corpus);
        assertEquals(corpus.size(), groups.stream().mapToInt(List::size).sum(), "every payload in one group");
    }

    /**
     * The checks are not blind: a page with one payload pasted in unescaped, as a template mistake would, fails
     * them; the same page as the app made it passes.
     */
    @Test
    void theChecksCatchEveryPayloadLeftUnescaped() {
        String source = new Browser().get("/join").asString();
        Document page = Jsoup.parse(source);
        assertEquals(List.of(), ActiveContent.problems(page, false), "the app's own page is clean");
        int mainStart = source.indexOf('>', source.indexOf("<main")) + 1;
        int markup = 0;
        for (String payload : corpus()) {
            String lower = payload.toLowerCase(Locale.ROOT);
            if (payload.contains("<")) {
                Document broken = Jsoup.parse(source.substring(0, mainStart) + payload + source.substring(mainStart));
                assertFalse(ActiveContent.problems(broken, false).isEmpty(), "caught unescaped: " + payload);
                markup++;
            }
            if ((payload.startsWith("\"") || payload.startsWith("'")) && lower.contains(" on")) {
                char quote = payload.charAt(0);
                Document broken = Jsoup.parse(source.substring(0, mainStart) + "<input value=" + quote + payload
                        + quote + ">" + source.substring(mainStart));
                assertFalse(ActiveContent.problems(broken, false).isEmpty(), "caught in an attribute: " + payload);
            }
            if (lower.startsWith("javascript:") || lower.startsWith("data:") || lower.startsWith("vbscript:")) {
                Document copy = page.clone();
                copy.selectFirst("main").appendElement("a").attr("href", payload).text("x");
                assertFalse(ActiveContent.problems(copy, false).isEmpty(), "caught as a link: " + payload);
            }
        }
        assertTrue(markup >= 40, "most payloads are markup: " + markup);
        Document smuggled = page.clone();
        smuggled.selectFirst("main").appendElement("div").addClass("post-body").appendElement("a")
                .attr("href", "https://evil.example/").attr("target", "_blank");
        assertFalse(ActiveContent.problems(smuggled, false).isEmpty(), "post HTML is held to the allow-list");
        assertFalse(ActiveContent.csvProblems("\uFEFFa,b\r\n=cmd|' /C calc'!A0,x\r\n").isEmpty(), "formula cell");
        assertEquals(List.of(), ActiveContent.csvProblems("\uFEFFa,b\r\n'=cmd|' /C calc'!A0,x\r\n"));
    }

    // ------------------------------------------------------------------------------------------------ the test

    @Test
    void noPayloadBecomesActiveContentInAnyFieldOnAnyPage() throws Exception {
        long started = System.nanoTime();
        List<String> corpus = corpus();
        List<List<String>> groups = groups(corpus);
        adminId = fixtures.teacher("xss-admin", "correct horse battery", true);
        returnCodeHash = Passwords.hashReturnCode(RETURN_CODE);
        readerId = tx(() -> Account.newStudent("Reader", MovableClock.now()).id);
        Browser csrf = new Browser();
        csrfToken = csrf.csrfToken("/join");
        csrfCookie = csrf.cookie("rt_csrf");
        assertFalse(csrfToken.isEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Scenario> scenarios = new ArrayList<>();
        List<Future<?>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < groups.size(); i++) {
                Scenario scenario = new Scenario(i + 1, groups.get(i));
                scenarios.add(scenario);
                runs.add(pool.submit(() -> {
                    try {
                        scenario.run();
                    } catch (Throwable e) {
                        problem("scenario stopped", scenario.group(), e.toString());
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        // Pages that list every group's input at once.
        Client admin = new Client("admin", fixtures.signIn(adminId));
        check("all groups", admin, "/admin/teachers", "admin teacher list", 200,
                scenarios.stream().map(s -> s.teacherName).toList());
        check("all groups", admin, "/teach/articles", "article list", 200,
                scenarios.stream().flatMap(s -> s.title.stream()).toList());
        Client reader = new Client("reader", fixtures.signIn(readerId));
        check("all groups", reader, "/", "student start page (their classes)", 200,
                scenarios.stream().map(s -> s.className).toList());
        reflectedInput(corpus);

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("XSS corpus: %d payloads in %d groups; %d field kinds; %d page kinds; %d documents"
                + " checked; %d s%n", corpus.size(), groups.size(), fieldKinds.size(), pageKinds.size(),
                documents.get(), seconds);
        System.out.println("XSS corpus fields: " + new TreeSet<>(fieldKinds));
        System.out.println("XSS corpus pages: " + new TreeSet<>(pageKinds));
        if (!failures.isEmpty()) {
            List<String> sorted = failures.stream().distinct().sorted().toList();
            Map<String, Long> byPage = sorted.stream().collect(Collectors.groupingBy(
                    f -> f.substring(0, f.indexOf(" — ")), TreeMap::new, Collectors.counting()));
            fail(sorted.size() + " problems. " + FIELD_MARKS + "\nBy page:\n" + byPage.entrySet().stream()
                    .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"))
                    + "\nThe first ones:\n" + sorted.stream().limit(60).collect(Collectors.joining("\n")));
        }
        assertEquals(15, fieldKinds.size(), "field kinds: " + fieldKinds);
        assertTrue(pageKinds.size() >= 40, "page kinds: " + pageKinds);
    }

    /** The public forms, given every payload in the address and in what they echo when they refuse it. */
    void reflectedInput(List<String> corpus) {
        for (String payload : corpus) {
            for (String[] route : new String[][] { { "/signin", "next", "/" + payload }, { "/join", "code", payload },
                    { "/return", "code", payload } }) {
                Response response = given().redirects().follow(false).queryParam(route[1], route[2]).get(route[0]);
                checkResponse("every payload", response, 200, "public page with input in its address",
                        "visitor " + route[0] + "?" + route[1] + "=" + route[2], List.of());
            }
        }
        String everything = String.join(" ", corpus);
        Client visitor = new Client("visitor", null);
        checkResponse("all payloads at once", visitor.post("/signin", Map.of("username", everything, "password", "x",
                "next", "/")), 400, "sign-in refused (username echoed)", "visitor /signin", corpus);
        checkResponse("all payloads at once", visitor.post("/join", Map.of("code", everything, "name", "x")), 400,
                "join refused (class code echoed)", "visitor /join", corpus);
        checkResponse("all payloads at once", visitor.post("/return", Map.of("code", "x", "name", everything,
                "returnCode", "x")), 400, "come back refused (name echoed)", "visitor /return", corpus);
        field("sign-in username / class code / come-back name / addresses");
    }

    /** One group of payloads, typed into every field of its own teacher, class, article and students. */
    final class Scenario {

        final int n;
        final List<String> payloads;
        final String joined;
        /** Longer than any run of backticks in the group, so a payload's code span ends where it should. */
        final String fence;
        // Each field's content carries a mark, so that each page is seen to show that very field.
        final String teacherName;
        final String className;
        final List<String> title;
        final List<String> dek;
        final List<String> source;
        final List<String> sections;
        final List<String> questions;
        final List<String> body;
        final List<String> instructions;
        final List<String> feedback;
        final String hideReason;
        final String flagNote;
        final List<String> importLines;

        Client teacher;
        String base;
        long classId;
        long articleId;
        long discussionId;
        String discussion;
        List<Long> sectionIds;
        final List<Client> students = new ArrayList<>();
        final List<Long> studentIds = new ArrayList<>();
        Client reader;

        Scenario(int n, List<String> payloads) {
            this.n = n;
            this.payloads = payloads;
            this.joined = String.join(" ", payloads);
            int longest = 0;
            for (String payload : payloads) {
                int run = 0;
                for (char c : payload.toCharArray()) {
                    run = c == '`' ? run + 1 : 0;
                    longest = Math.max(longest, run);
                }
            }
            this.fence = "`".repeat(longest + 1);
            this.teacherName = "T " + joined;
            this.className = "C " + joined;
            this.title = marked("A ");
            this.dek = marked("D ");
            this.source = marked("R ");
            this.sections = marked("S ");
            this.questions = marked("Q ");
            this.body = marked("B ");
            this.instructions = marked("I ");
            this.feedback = marked("F ");
            this.hideReason = "H " + joined;
            this.flagNote = "N " + joined;
            this.importLines = marked("M ");
        }

        List<String> marked(String mark) {
            return payloads.stream().map(p -> mark + p).toList();
        }

        @SafeVarargs
        final List<String> all(Collection<String>... parts) {
            List<String> all = new ArrayList<>();
            for (Collection<String> part : parts) {
                all.addAll(part);
            }
            return all;
        }

        String group() {
            return "group " + n + " " + payloads;
        }

        Document check(Client client, String path, String kind, int status, Collection<String> expected) {
            return XssCorpusTest.this.check(group(), client, path, kind, status, expected);
        }

        Document checkResponse(Response response, int status, String kind, Collection<String> expected) {
            return XssCorpusTest.this.checkResponse(group(), response, status, kind, "(form reply)", expected);
        }

        void csv(Client client, String path, String kind, Collection<String> expected) {
            XssCorpusTest.this.csv(group(), client, path, kind, expected);
        }

        String first() {
            return payloads.get(0);
        }

        String last() {
            return payloads.get(payloads.size() - 1);
        }

        void run() throws Exception {
            createTeacher();
            createClass();
            importAndAssignArticle();
            reader = new Client("reader", fixtures.signIn(readerId));
            tx(() -> enrolDirect(classId, readerId, "Reader"));
            try (SseClient teacherLive = stream(teacher, discussion + "/events");
                    SseClient readerLive = stream(reader, discussion + "/events");
                    SseClient queueLive = stream(teacher, base + "/moderation/events")) {
                joinStudents();
                discuss();
                checkLive("teacher", teacherLive, all(body, payloads, List.of(teacherName), sections));
                checkLive("reader", readerLive, all(body, payloads, List.of(teacherName)));
                for (SseClient.Event event : queueLive.collect(Duration.ofMillis(20))) {
                    for (String payload : payloads) {
                        if (event.data().contains(payload)) {
                            problem("moderation queue stream", group(), "carries user text: " + event.data());
                        }
                    }
                }
            }
        }

        // ---------------------------------------------------------------- teacher, class, article, students

        void createTeacher() {
            Client admin = new Client("admin", fixtures.signIn(adminId));
            String username = "xss-teacher-" + n;
            expect(admin.post("/admin/teachers", Map.of("username", username, "displayName", teacherName)), 303,
                    "add teacher");
            field("teacher display name");
            Response tooLong = admin.post("/admin/teachers",
                    Map.of("username", username + "-b", "displayName", teacherName + " " + "x".repeat(NAME_ROOM)));
            checkResponse(tooLong, 400, "admin: add teacher refused (name echoed)", List.of(teacherName));
            long id = tx(() -> Account.findByUsername(username).id);
            teacher = new Client("teacher", fixtures.signIn(id));
            check(teacher, "/account/password", "change password (first sign-in)", 200, List.of(teacherName));
            tx(() -> {
                Account.<Account>findById(id).mustChangePassword = false;
                return null;
            });
        }

        void createClass() {
            Response created = expect(teacher.post("/teach/classes", Map.of("name", className)), 303, "create class");
            field("class name");
            String location = created.header("Location");
            classId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            base = "/teach/classes/" + classId;
            checkResponse(teacher.post("/teach/classes", Map.of("name", className + " " + "x".repeat(120))), 400,
                    "new class refused (name echoed)", List.of(className));
            settings(false);
        }

        void settings(boolean preModeration) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", className);
            form.put("editWindowMinutes", "120");
            form.put("slowModeSeconds", "0");
            if (preModeration) {
                form.put("preModeration", "on");
            }
            expect(teacher.post(base + "/settings", form), 303, "class settings");
        }

        String code(String text) {
            return fence + " " + text + " " + fence;
        }

        /**
         * An article whose title, sections and question carry the payloads: each as literal code (which must come
         * back as text) and raw (which Markdown reads: links, images, inline HTML). One question, so one discussion.
         */
        String article() {
            StringBuilder text = new StringBuilder();
            text.append("# ").append(title.stream().map(this::code).collect(Collectors.joining(" ")))
                    .append(" ~ ").append(joined).append("\n\n");
            text.append("slug: xss-corpus-").append(n).append("\n");
            text.append("dek: ").append(dek.stream().map(this::code).collect(Collectors.joining(" "))).append("\n");
            text.append("date: 2025-01-01\n");
            text.append("source: ").append(source.stream().map(this::code).collect(Collectors.joining(" ")))
                    .append("\n\n");
            for (int i = 0; i < payloads.size(); i++) {
                String payload = payloads.get(i);
                text.append("## ").append(code(sections.get(i))).append(" ~ ").append(payload).append("\n\n");
                text.append(markdown(payload));
            }
            text.append("## Thought Questions\n\n1. [stance]");
            for (int i = 0; i < payloads.size(); i++) {
                text.append(' ').append(code(questions.get(i))).append(" ~ ").append(payloads.get(i));
            }
            return text.append("\n").toString();
        }

        /** One payload in Markdown: raw as a paragraph, after text, in a quote, in a list, and as literal code. */
        String markdown(String payload) {
            return payload + "\n\nText: " + payload + "\n\n> " + payload + "\n\n- " + payload + "\n\n"
                    + code("B " + payload) + "\n\n";
        }

        void importAndAssignArticle() {
            Response preview = teacher.multipart().multiPart(textPart("text", article()))
                    .multiPart("file", "", new byte[0], "application/octet-stream").post("/teach/articles/preview");
            Document previewPage = checkResponse(preview, 200, "article import preview",
                    all(title, dek, source, sections, questions));
            if (previewPage == null) {
                throw new AssertionError("the article did not parse: " + article());
            }
            field("article title / dek / source");
            field("article sections");
            field("article questions");
            // Sections and questions, so the text is refused for its lines rather than sent to review to add them.
            String broken = "# Broken " + n + "\n\n" + String.join("\n", importLines)
                    + "\n\n## A section\n\nText.\n\n## Thought Questions\n\n1. Why?\n";
            checkResponse(teacher.multipart().multiPart(textPart("text", broken))
                    .multiPart("file", "", new byte[0], "application/octet-stream").post("/teach/articles/preview"),
                    400, "article import refused (source excerpt)", importLines);
            field("article import text");
            // The review form as sent: every field but the token (multipart() adds its own) and the buttons.
            RequestSpecification review = teacher.multipart();
            for (Element input : previewPage.select("form#review-form input[name], form#review-form textarea[name]")) {
                if (!input.attr("name").equals(Browser.CSRF_FIELD)
                        && (!input.attr("type").equals("checkbox") || input.hasAttr("checked"))) {
                    review.multiPart(textPart(input.attr("name"),
                            input.tagName().equals("textarea") ? input.wholeText() : input.val()));
                }
            }
            Response published = review.post("/teach/articles/publish");
            expect(published, 303, "publish article");
            String location = published.header("Location");
            articleId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            check(teacher, base + "/assign?article=" + articleId, "assign an article", 200,
                    all(List.of(className), title, questions));
            Response assigned = teacher.form().formParam("articleId", articleId)
                    .formParam("question", fixtures.questionIds(articleId).toArray())
                    .formParam("due", "").formParam("minWords", "")
                    .formParam("instructions", String.join("\n", instructions)).post(base + "/assign");
            expect(assigned, 303, "assign");
            field("assignment instructions");
            List<Long> discussions = tx(() -> Discussion.listFor(classId).stream().map(d -> d.id).toList());
            sectionIds = tx(() -> ArticleSection.listFor(Article.<Article>findById(articleId)).stream()
                    .map(s -> s.id).toList());
            assertEquals(1, discussions.size());
            assertEquals(payloads.size(), sectionIds.size());
            discussionId = discussions.get(0);
            discussion = "/classes/" + classId + "/discussions/" + discussionId;
        }

        /** Through the join form where it takes the name; straight into the class where it refuses it. */
        void joinStudents() {
            String code = tx(() -> Classroom.<Classroom>findById(classId).joinCode);
            for (String payload : payloads) {
                Client student = new Client("student", null);
                Response joined = student.post("/join", Map.of("code", code, "name", payload));
                long id;
                if (joined.statusCode() == 303) {
                    check(student, joined.header("Location"), "welcome (joined with the form)", 200,
                            List.of(payload, className));
                    id = tx(() -> Enrollment.findByName(Classroom.<Classroom>findById(classId),
                            DisplayNames.clean(payload)).account.id);
                } else {
                    checkResponse(joined, 400, "join refused (name echoed)", List.of(payload));
                    id = tx(() -> enrolDirect(classId, null, payload));
                    student = new Client("student", fixtures.signIn(id));
                }
                students.add(student);
                studentIds.add(id);
            }
            field("student display name");
        }

        // ---------------------------------------------------------------- the discussion and its moderation

        long post(Client who, Long parent, int section, String text) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("body", text);
            form.put("key", UUID.randomUUID().toString());
            if (parent == null) {
                form.put("sectionId", String.valueOf(sectionIds.get(section)));
                form.put("stance", "AGREE");
            } else {
                form.put("parentId", String.valueOf(parent));
            }
            Response response = expect(who.post(discussion + "/posts", form), 303, "post");
            String location = response.header("Location");
            return Long.parseLong(location.substring(location.indexOf("#post-") + 6));
        }

        void discuss() {
            String text = payloads.stream().map(this::markdown).collect(Collectors.joining());
            List<Long> answers = new ArrayList<>();
            for (int s = 0; s < students.size(); s++) {
                answers.add(post(students.get(s), null, s, text)); // each section cited once
            }
            field("post body");
            Client first = students.get(0);
            Client last = students.get(students.size() - 1);
            long firstAnswer = answers.get(0);
            long toHide = post(first, null, 0, text);
            long toRemove = post(first, null, 0, text);
            long reply = post(last, firstAnswer, 0, text);
            post(teacher, firstAnswer, 0, text);

            checkResponse(first.post(discussion + "/posts", Map.of("body", text + "x".repeat(5001), "key",
                    UUID.randomUUID().toString())), 400, "discussion: post refused (text echoed)", body);

            String edit = discussion + "/posts/" + firstAnswer + "/edit";
            check(first, edit, "edit own post", 200, all(body, sections));
            expect(first.post(edit, Map.of("body", text + "\n\nEdited.", "sectionId",
                    String.valueOf(sectionIds.get(0)), "stance", "AGREE")), 303, "edit post");

            String flag = discussion + "/posts/" + reply + "/flag";
            check(reader, flag, "flag a post (form)", 200, all(body, List.of(last())));
            expect(reader.post(flag, Map.of("reason", "OTHER", "note", flagNote)), 303, "flag");
            field("flag note");
            checkResponse(reader.post(discussion + "/posts/" + firstAnswer + "/flag",
                    Map.of("reason", joined, "note", flagNote + "x".repeat(500))), 400,
                    "flag refused (reason and note typed)", List.of(flagNote));
            field("flag reason");

            expect(teacher.post(base + "/posts/" + toHide + "/hide", Map.of("reason", hideReason)), 303, "hide");
            expect(teacher.post(base + "/posts/" + toRemove + "/remove", Map.of("reason", hideReason)), 303,
                    "remove");
            field("hide / remove reason");

            long assignment = fixtures.assignmentIds(classId).get(0);
            String score = payloads.stream().filter(p -> p.length() <= 20).findFirst().orElse("'-alert(1)-'");
            // A comment is Markdown, as a post is: each payload raw, and marked as literal code that must show as text.
            String comment = payloads.stream().map(p -> p + "\n\n" + code("F " + p) + "\n\n")
                    .collect(Collectors.joining());
            for (long student : studentIds) {
                expect(teacher.post(base + "/students/" + student + "/feedback/" + assignment,
                        Map.of("comment", comment, "score", score)), 303, "feedback");
            }
            field("feedback comment / score");
            checkResponse(teacher.post(base + "/students/" + studentIds.get(0) + "/feedback/" + assignment,
                    Map.of("comment", comment + "x".repeat(4001), "score", score)), 400,
                    "feedback refused (comment echoed)", feedback);

            refusedTeacherForms();
            settings(true);
            post(last, null, 0, text); // waits for approval

            checkTeacherPages();
            checkStudentPages(firstAnswer);

            // Actions on students come last: a muted student could not post above.
            expect(teacher.post(base + "/students/" + studentIds.get(studentIds.size() - 1) + "/mute",
                    Map.of("minutes", "10")), 303, "mute");
            expect(teacher.post(base + "/students/" + studentIds.get(0) + "/return-code", Map.of()), 303,
                    "new return code");
            check(teacher, base + "/roster", "roster (with a new return code)", 200, all(List.of(className), payloads));
            check(teacher, base + "/audit", "audit log", 200,
                    List.of(className, teacherName, hideReason, first(), last()));
            csv(teacher, base + "/audit.csv", "audit log CSV", List.of(teacherName, hideReason, first(), last()));
        }

        /** The teacher's other forms, given payloads where they want numbers, dates or the class's name. */
        void refusedTeacherForms() {
            Map<String, String> settings = Map.of("name", className, "editWindowMinutes", joined,
                    "slowModeSeconds", joined);
            checkResponse(teacher.post(base + "/settings", settings), 400, "class settings refused (numbers echoed)",
                    List.of(joined));
            checkResponse(teacher.form().formParam("articleId", articleId)
                    .formParam("question", fixtures.questionIds(articleId).toArray())
                    .formParam("due", joined).formParam("minWords", joined)
                    .formParam("instructions", String.join("\n", instructions)).post(base + "/assign"), 400,
                    "assign refused (due date and words echoed)", all(List.of(joined), instructions));
            checkResponse(teacher.post(base + "/delete", Map.of("confirmName", joined)), 400,
                    "delete class refused (typed name echoed)", List.of(joined));
            field("class settings numbers / due date / minimum words / delete confirmation");
        }

        // ---------------------------------------------------------------- pages

        void checkTeacherPages() {
            List<String> anyClassPage = List.of(className, teacherName);
            check(teacher, "/teach", "teacher dashboard", 200, anyClassPage);
            check(teacher, base, "class overview", 200, all(anyClassPage, title, questions));
            check(teacher, base + "/settings", "class settings", 200, anyClassPage);
            check(teacher, base + "/sheet", "join sheet", 200, anyClassPage);
            check(teacher, base + "/delete", "delete class (confirm)", 200, anyClassPage);
            for (String tab : List.of("waiting", "flagged", "hidden", "edited")) {
                List<String> expected = all(anyClassPage, questions, body);
                if (tab.equals("flagged")) {
                    expected.add(flagNote);
                }
                if (tab.equals("hidden")) {
                    expected.add(hideReason);
                }
                check(teacher, base + "/moderation?tab=" + tab, "moderation queue: " + tab, 200, expected);
            }
            check(teacher, base + "/participation", "participation", 200, all(anyClassPage, payloads, questions));
            csv(teacher, base + "/participation.csv", "participation CSV", all(payloads, questions));
            for (int s = 0; s < studentIds.size(); s++) {
                String student = base + "/students/" + studentIds.get(s);
                String name = payloads.get(s);
                List<String> transcript = all(anyClassPage, List.of(name), questions, body,
                        List.of(sections.get(s)));
                if (s == 0) {
                    transcript.add(hideReason);
                }
                check(teacher, student + "/transcript", "transcript", 200, transcript);
                check(teacher, student + "/feedback", "feedback (form)", 200, all(List.of(name), title, feedback));
                check(teacher, base + "/assignments/" + fixtures.assignmentIds(classId).get(0) + "/grading?student="
                        + studentIds.get(s), "grading view", 200, all(List.of(name), feedback));
                check(teacher, student + "/remove", "remove student (confirm)", 200, List.of(className, name));
            }
            String export = base + "/discussions/" + discussionId + "/export";
            check(teacher, export, "discussion export", 200,
                    all(anyClassPage, title, questions, body, payloads, sections, List.of(hideReason)));
            csv(teacher, export + ".csv", "discussion export CSV", all(payloads, body, sections));
            check(teacher, discussion, "discussion (teacher)", 200,
                    all(anyClassPage, title, questions, instructions, sections, body, payloads, List.of(hideReason)));
            check(teacher, "/classes/" + classId + "/articles/" + articleId, "article in class (teacher)", 200,
                    all(anyClassPage, title, dek, source, sections, questions, instructions));
            check(teacher, "/teach/articles/" + articleId, "article (teacher library)", 200,
                    all(title, dek, source, sections, questions));
        }

        void checkStudentPages(long firstAnswer) {
            for (int s = 0; s < students.size(); s++) {
                Client student = students.get(s);
                String name = payloads.get(s);
                check(student, "/classes/" + classId, "class home (student)", 200,
                        all(List.of(className, name), title, questions, instructions, feedback));
                List<String> page = all(List.of(className, teacherName), title, questions, instructions, sections,
                        body, payloads);
                if (s == 0) {
                    page.add(hideReason);
                }
                check(student, discussion, "discussion (student)", 200, page);
            }
            Client first = students.get(0);
            check(first, "/classes/" + classId + "/articles/" + articleId, "article in class (student)", 200,
                    all(List.of(className), title, dek, source, sections, questions, instructions));
            check(first, discussion + "/posts/" + firstAnswer + "/delete", "delete own post (confirm)", 200, body);
            check(reader, discussion + "?reply=" + firstAnswer, "discussion (classmate, with the reply form)", 200,
                    all(List.of(className, teacherName), title, questions, instructions, sections, body, payloads));
        }

        /** Every post event this reader's stream received, each fragment checked like a page. */
        void checkLive(String who, SseClient live, List<String> expected) throws InterruptedException {
            pageKinds.add("live update fragment");
            String context = group() + " " + who + " " + discussion + "/events";
            StringBuilder seen = new StringBuilder();
            int events = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            // The events arrived while the pages were read; wait a little longer only if some are missing.
            List<SseClient.Event> batch = live.collect(Duration.ofMillis(20));
            while (true) {
                for (SseClient.Event event : batch) {
                    if (!event.name().equals("post")) {
                        continue;
                    }
                    events++;
                    if (event.data().indexOf('<') >= 0) {
                        problem("live update fragment", context, "the message has a raw '<': " + shorten(event.data()));
                    }
                    Document fragment = Jsoup.parseBodyFragment(jsonString(event.data(), "html"));
                    for (String problem : ActiveContent.problems(fragment, true)) {
                        problem("live update fragment", context, problem);
                    }
                    documents.incrementAndGet();
                    seen.append(ActiveContent.texts(fragment)).append('\n');
                }
                boolean complete = events > 0
                        && expected.stream().allMatch(t -> seen.toString().contains(ActiveContent.normalize(t)));
                if (complete || System.nanoTime() > deadline) {
                    break;
                }
                SseClient.Event next = live.next("post", Duration.ofMillis(500));
                batch = next == null ? List.of() : List.of(next);
            }
            if (events == 0) {
                problem("live update fragment", context, "no post event arrived");
            }
            for (String text : expected) {
                if (!seen.toString().contains(ActiveContent.normalize(text))) {
                    problem("live update fragment", context, "no fragment shows as text: " + text);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ checking

    void field(String kind) {
        fieldKinds.add(kind);
    }

    static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    Response expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + ": expected " + status + " but got " + response.statusCode() + " "
                    + shorten(response.asString()));
        }
        return response;
    }

    /** One line of the report: the kind of page first, so that the sorted report reads page by page. */
    void problem(String kind, String context, String problem) {
        failures.add(kind + " — " + context + ": " + problem);
    }

    Document check(String group, Client client, String path, String kind, int status, Collection<String> expected) {
        return checkResponse(group, client.get(path), status, kind, client.who + " " + path, expected);
    }

    Document checkResponse(String group, Response response, int status, String kind, String where,
            Collection<String> expected) {
        pageKinds.add(kind);
        String context = group + " " + where;
        if (response.statusCode() != status) {
            problem(kind, context, "expected " + status + " but got " + response.statusCode() + " "
                    + shorten(response.asString()));
            return null;
        }
        String type = response.contentType();
        if (type == null || !type.startsWith("text/html")) {
            problem(kind, context, "served as " + type);
        }
        Document page = Jsoup.parse(response.asString());
        for (String problem : ActiveContent.problems(page, false)) {
            problem(kind, context, problem);
        }
        for (String text : ActiveContent.missing(page, expected)) {
            problem(kind, context, "does not show as text: " + text);
        }
        documents.incrementAndGet();
        return page;
    }

    void csv(String group, Client client, String path, String kind, Collection<String> expected) {
        pageKinds.add(kind);
        String context = group + " " + client.who + " " + path;
        Response response = client.get(path);
        if (response.statusCode() != 200 || !response.contentType().startsWith("text/csv")) {
            problem(kind, context, response.statusCode() + " " + response.contentType());
            return;
        }
        String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
        for (String problem : ActiveContent.csvProblems(text)) {
            problem(kind, context, problem);
        }
        List<String> cells = ActiveContent.csvCells(text).stream().map(ActiveContent::normalize).toList();
        for (String value : expected) {
            String wanted = ActiveContent.normalize(value);
            if (cells.stream().noneMatch(c -> c.contains(wanted))) {
                problem(kind, context, "no cell holds " + value);
            } else if ("=+-@".indexOf(wanted.charAt(0)) >= 0 && cells.stream().anyMatch(c -> c.equals(wanted))) {
                problem(kind, context, "a cell holds the formula unguarded: " + value);
            }
        }
        documents.incrementAndGet();
    }

    /** The checks on one parsed page or fragment. */
    static final class ActiveContent {

        /** Every element the templates write in a body, and the sanitiser's output ({@code em}). */
        static final Set<String> APP_ELEMENTS = Set.of("body", "a", "p", "span", "div", "input", "li", "section",
                "label", "button", "h1", "h2", "h3", "th", "td", "code", "strong", "em", "ol", "nav", "tr", "ul", "dt",
                "dd", "textarea", "option", "header", "article", "thead", "tbody", "table", "select", "legend",
                "fieldset", "meter", "dl", "br", "blockquote", "form", "time", "pre", "mark", "main", "footer",
                "figure", "figcaption", "caption", "aside", "details", "summary", "output");
        /** What the Markdown sanitiser lets through into posts and article sections. */
        static final Set<String> USER_HTML = Set.of("p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "code",
                "pre", "a");
        static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
                "poster", "background", "codebase", "cite", "dynsrc", "lowsrc", "longdesc", "ping", "archive",
                "classid", "profile", "usemap", "icon", "manifest", "xmlns", "itemtype");
        static final List<String> LAYOUT_HEAD = List.of("meta charset=utf-8", "meta name=viewport", "title",
                "link stylesheet /css/app.css", "link icon /favicon.svg", "script /js/words.js",
                "script /js/roundtable.js",
                "script /js/notices.js", "script /js/wordcount.js", "script /js/glossary.js", "script /js/evidence.js");
        /** The app's own scripts, each page's only ones (the six of LAYOUT_HEAD). */
        static final int APP_SCRIPTS = 6;

        static String normalize(String text) {
            return text.replaceAll("\\s+", " ").strip();
        }

        /** A URL as a browser reads its scheme: no white space or control characters, any case. */
        static boolean scriptUrl(String value) {
            StringBuilder url = new StringBuilder();
            for (char c : value.toCharArray()) {
                if (c > ' ' && !(c >= 0x7f && c <= 0x9f) && !Character.isWhitespace(c)
                        && Character.getType(c) != Character.FORMAT) {
                    url.append(Character.toLowerCase(c));
                }
            }
            String clean = url.toString();
            return clean.startsWith("javascript:") || clean.startsWith("vbscript:") || clean.startsWith("data:")
                    || clean.startsWith("livescript:");
        }

        static String describe(Element element) {
            String html = element.outerHtml().replaceAll("\\s+", " ");
            return html.length() > 160 ? html.substring(0, 160) + "…" : html;
        }

        /** A static file's path without the version the layout links it at. */
        static String unversioned(String url) {
            return url.replaceFirst("^/assets/[0-9a-f]{12}/", "/");
        }

        static String headShape(Element element) {
            return switch (element.normalName()) {
                case "meta" -> element.hasAttr("charset") ? "meta charset=" + element.attr("charset").toLowerCase()
                        : element.attributes().size() == 2 && element.attr("name").equals("viewport")
                                ? "meta name=viewport" : describe(element);
                case "title" -> element.children().isEmpty() ? "title" : describe(element);
                case "link" -> element.attributes().size() <= 3
                        ? "link " + element.attr("rel") + " " + unversioned(element.attr("href")) : describe(element);
                case "script" -> element.attributes().size() == 2 && element.hasAttr("defer")
                        && element.data().isEmpty() ? "script " + unversioned(element.attr("src")) : describe(element);
                default -> describe(element);
            };
        }

        static List<String> problems(Document page, boolean fragment) {
            List<String> problems = new ArrayList<>();
            if (!fragment) {
                List<String> head = page.head().children().stream().map(ActiveContent::headShape).toList();
                if (!head.equals(LAYOUT_HEAD)) {
                    problems.add("the head is not the layout's: " + head);
                }
                if (page.select("main").size() != 1) {
                    problems.add("expected one main element, found " + page.select("main").size());
                }
                if (page.select("script").size() != APP_SCRIPTS) {
                    problems.add("script elements besides the app's: " + page.select("script").size());
                }
            }
            List<Element> elements = fragment ? page.body().getAllElements() : page.getAllElements();
            for (Element element : elements) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue();
                    if (name.startsWith("on")) {
                        problems.add("event-handler attribute " + name + ": " + describe(element));
                    } else if (name.equals("style") || name.equals("srcdoc")) {
                        problems.add(name + " attribute: " + describe(element));
                    } else if ((URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) && scriptUrl(value)) {
                        problems.add("script URL in " + name + ": " + describe(element));
                    } else if (name.endsWith("srcset")) {
                        for (String candidate : value.split(",")) {
                            if (scriptUrl(candidate)) {
                                problems.add("script URL in " + name + ": " + describe(element));
                            }
                        }
                    }
                }
            }
            for (Element element : page.body().getAllElements()) {
                if (!APP_ELEMENTS.contains(element.normalName())) {
                    problems.add("element <" + element.normalName() + "> that no template writes: "
                            + describe(element));
                }
            }
            for (Element box : page.select(".post-body, .post-preview")) {
                for (Element element : box.getAllElements()) {
                    if (element != box && !isQuoteSource(element)) {
                        userHtml(element, problems);
                    }
                }
            }
            for (Element section : page.select("section.article-section")) {
                for (Element child : section.children()) {
                    if (child.is("h2[id$=-h]") || child.is("p.citation-count") || isQuoteCount(child)) {
                        continue;
                    }
                    for (Element element : child.getAllElements()) {
                        userHtml(element, problems, PARAGRAPH_ANCHOR);
                    }
                }
            }
            return problems;
        }

        /**
         * The anchor the app gives each block of an article's section when it loads it (ArticleLibrary), so a
         * post's quote can link to its paragraph: "para-{section id}-{n}", nothing a writer typed.
         */
        static final Pattern PARAGRAPH_ANCHOR = Pattern.compile("para-\\d+-\\d+");

        static void userHtml(Element element, List<String> problems) {
            userHtml(element, problems, null);
        }

        /** The line the app writes under a post's quote it found in the article: "From the article, section 3". */
        static final Pattern QUOTE_SOURCE_LINK = Pattern.compile("/classes/\\d+/articles/\\d+#para-\\d+-\\d+");

        static boolean isQuoteSource(Element element) {
            Element line = element.nameIs("a") ? element.parent() : element;
            return line != null && line.nameIs("p") && line.attributes().size() == 1
                    && line.className().equals("quote-source") && line.children().size() == 1
                    && line.child(0).nameIs("a") && line.child(0).attributes().size() == 1
                    && QUOTE_SOURCE_LINK.matcher(line.child(0).attr("href")).matches();
        }

        /** The count the app puts on a passage the class quoted, for the teacher, in the interface's language. */
        static boolean isQuoteCount(Element element) {
            return (element.nameIs("p") || element.nameIs("span")) && element.attributes().size() == 2
                    && element.className().equals("quote-count") && element.attr("lang").equals("en")
                    && element.children().isEmpty()
                    && element.text().matches("Quoted in \\d+ posts?");
        }

        static void userHtml(Element element, List<String> problems, Pattern appIds) {
            if (!USER_HTML.contains(element.normalName())) {
                problems.add("user HTML holds <" + element.normalName() + ">: " + describe(element));
                return;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                String value = attribute.getValue().toLowerCase(Locale.ROOT);
                boolean allowed = element.normalName().equals("a")
                        && (name.equals("href") && (value.startsWith("http:") || value.startsWith("https:")
                                || value.startsWith("mailto:"))
                                || name.equals("rel") && value.equals("nofollow ugc noopener"))
                        || appIds != null && name.equals("id") && appIds.matcher(value).matches()
                        || appIds != null && name.equals("class") && value.equals("quoted")
                        || isQuoteCount(element);
                if (!allowed) {
                    problems.add("user HTML has attribute " + name + "=\"" + attribute.getValue() + "\": "
                            + describe(element));
                }
            }
        }

        /** The page's text, and each attribute value apart: where escaped input shows up whole. */
        static List<String> texts(Document page) {
            List<String> texts = new ArrayList<>();
            texts.add(normalize(page.text()));
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    texts.add(normalize(attribute.getValue()));
                }
            }
            return texts;
        }

        static List<String> missing(Document page, Collection<String> expected) {
            List<String> texts = texts(page);
            List<String> missing = new ArrayList<>();
            for (String text : expected) {
                String wanted = normalize(text);
                if (texts.stream().noneMatch(t -> t.contains(wanted))) {
                    missing.add(text);
                }
            }
            return missing;
        }

        static List<String> csvCells(String text) {
            String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
            try {
                List<String> cells = new ArrayList<>();
                for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(content)).getRecords()) {
                    record.forEach(cells::add);
                }
                return cells;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** OWASP's rule for CSV injection: no cell starts with = + - @, a tab or a carriage return. */
        static List<String> csvProblems(String text) {
            List<String> problems = new ArrayList<>();
            for (String cell : csvCells(text)) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    problems.add("cell starts a formula: " + shorten(cell));
                }
            }
            return problems;
        }
    }

    /** The value of a string member of a JSON object, unescaped. */
    static String jsonString(String json, String key) {
        String start = "\"" + key + "\":\"";
        int at = json.indexOf(start);
        if (at < 0) {
            throw new IllegalArgumentException("no " + key + " in " + json);
        }
        StringBuilder out = new StringBuilder();
        for (int i = at + start.length(); i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(++i);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(escaped);
            }
        }
        throw new IllegalArgumentException("unterminated " + key + " in " + json);
    }

    // ------------------------------------------------------------------------------------------------ plumbing

    static <T> T tx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    /** A student in a class without the join form (for names it refuses), with a known return code. */
    long enrolDirect(long classId, Long accountId, String name) {
        Classroom classroom = Classroom.findById(classId);
        Account account = accountId == null ? Account.newStudent(name, MovableClock.now())
                : Account.findById(accountId);
        Enrollment enrollment = Enrollment.create(classroom, account, name, returnCodeHash, Instant.now());
        enrollment.pseudonym = "Pseudonym " + classId + "-" + account.id;
        return account.id;
    }

    static MultiPartSpecification textPart(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    SseClient stream(Client client, String path) throws Exception {
        return SseClient.opened(path, client.browser.cookie("rt_session"));
    }

    /** The CSRF cookie and token of one signed-out browser, lent to every signed-out client. */
    static String csrfCookie;
    static String csrfToken;

    /**
     * A browser that sends a CSRF cookie and its token with every form: the shared one when
     * signed out, the one bound to its session when signed in.
     */
    static final class Client {

        final String who;
        final Browser browser = new Browser();

        Client(String who, String session) {
            this.who = who;
            if (session != null) {
                browser.setCookie("rt_session", session);
            }
        }

        /** The token for the session this client holds now (joining gives it one), with its cookie. */
        String csrfToken() {
            String session = browser.cookie("rt_session");
            String cookie = session == null ? csrfCookie : SessionBoundCsrf.tokenFor(session);
            browser.setCookie("rt_csrf", cookie);
            return session == null ? csrfToken : CsrfMask.mask(cookie);
        }

        Response get(String path) {
            return browser.get(path);
        }

        Response post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put(Browser.CSRF_FIELD, csrfToken());
            return browser.post(path, all);
        }

        /** A URL-encoded form that may repeat a field. */
        RequestSpecification form() {
            String token = csrfToken();
            return given().redirects().follow(false).cookie("rt_session", browser.cookie("rt_session"))
                    .cookie("rt_csrf", browser.cookie("rt_csrf")).contentType(ContentType.URLENC.withCharset("UTF-8"))
                    .formParam(Browser.CSRF_FIELD, token);
        }

        RequestSpecification multipart() {
            String token = csrfToken();
            return given().redirects().follow(false).cookie("rt_session", browser.cookie("rt_session"))
                    .cookie("rt_csrf", browser.cookie("rt_csrf")).multiPart(Browser.CSRF_FIELD, token);
        }
    }
}
