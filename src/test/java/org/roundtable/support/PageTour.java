package org.roundtable.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.roundtable.discussion.Stance;
import org.roundtable.discussion.StanceChange;
import org.roundtable.support.Routes.Route;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One of every kind of page the application shows, filled with a lesson's worth of data,
 * each as the person who sees it: the tour the accessibility, validity and layout checks
 * walk. {@link #uncoveredRoutes} fails a new page that the tour does not visit yet.
 */
public final class PageTour {

    public enum Visitor { ANONYMOUS, STUDENT, NEW_STUDENT, TEACHER, ADMIN, WAITING_STUDENT }

    /**
     * A page: opened at {@code path} by {@code who}; when {@code fields} is not null, the
     * form holding those fields is then sent as it is filled (no browser-side checks), and
     * the page that answers is the one under test.
     */
    public record Page(String name, String path, Visitor who, Map<String, String> fields) {

        static Page of(String name, String path, Visitor who) {
            return new Page(name, path, who, null);
        }

        static Page sent(String name, String path, Visitor who, Map<String, String> fields) {
            return new Page(name, path, who, fields);
        }

        @Override
        public String toString() {
            return name + " (" + path + (fields == null ? "" : ", form sent") + ", as " + who + ")";
        }
    }

    /** GET routes no page of the tour stands for, each with the reason. */
    private static final Map<String, String> NOT_PAGES = Map.of(
            "/classes/{classId}/discussions/{discussionId}/events", "a live event stream",
            "/teach/classes/{classId}/moderation/events", "a live event stream",
            "/whats-new/events", "a live event stream",
            "/teach/classes/{classId}/participation.csv", "a CSV download",
            "/teach/articles/{articleId}/article.md", "a Markdown download",
            "/teach/classes/{classId}/audit.csv", "a CSV download",
            "/teach/classes/{classId}/gradebook.csv", "a CSV download",
            "/teach/classes/{classId}/discussions/{discussionId}/export.csv", "a CSV download",
            "/welcome/{id}", "reached by joining: the tour's \"welcome\" page",
            "/test-only/failure", "the tour's \"server error\" page");

    public static final String SAMPLE_ARTICLE = """
            # Phones Out of Class

            date: 2025-03-10
            dek: A school locked away phones for a term.

            ## What the school did

            Students put their phones in a locked pouch each morning.

            ## Thought Questions

            1. [stance] Should schools lock away phones during the day?
            2. What would you miss most?
            """;

    /** The cookie the footer's language switch sets (language/Languages.COOKIE). */
    public static final String LANGUAGE_COOKIE = "rt_lang";

    private final Map<Visitor, String> sessions = new LinkedHashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final Fixtures.TestClass lesson;

    private PageTour(Fixtures.TestClass lesson) {
        this.lesson = lesson;
    }

    public Fixtures.TestClass lesson() {
        return lesson;
    }

    public List<Page> pages() {
        return pages;
    }

    public String session(Visitor who) {
        return sessions.get(who);
    }

    /** Resets the database and writes a class in mid-lesson: answers, replies, moderation, feedback. */
    public static PageTour build(Fixtures fixtures) {
        fixtures.reset();
        long teacherId = fixtures.teacher("ms.rivera", "Ms Rivera", "correct horse battery", false);
        long adminId = fixtures.teacher("admin", "Teacher admin", "correct horse battery", true);
        Fixtures.TestClass c = fixtures.createClass("Period 3 Civics", 0, teacherId);
        PageTour tour = new PageTour(c);
        long amara = fixtures.enrol(c.id(), "Amara K", "ABCD-EFGH");
        long ben = fixtures.enrol(c.id(), "Ben T", "ABCD-EFGH");
        long newcomer = fixtures.enrol(c.id(), "Chloe S", "ABCD-EFGH");
        tour.sessions.put(Visitor.STUDENT, fixtures.signIn(amara));
        tour.sessions.put(Visitor.NEW_STUDENT, fixtures.signIn(newcomer));
        tour.sessions.put(Visitor.TEACHER, fixtures.signIn(teacherId));
        tour.sessions.put(Visitor.ADMIN, fixtures.signIn(adminId));

        long busy = c.discussions().get(0);
        long locked = c.discussions().get(2);
        long answer = fixtures.post(busy, amara, null, "Talks only work when **both sides** want them to.");
        long benAnswer = fixtures.post(busy, ben, null, "I think the mediator matters most.");
        long benReply = fixtures.post(busy, ben, answer, "Do you mean they need to trust each other first?");
        fixtures.post(busy, amara, answer, "Yes, or at least trust the mediator.");
        long rude = fixtures.post(busy, ben, null, "This question is boring.");
        fixtures.post(locked, amara, null, "Locked after we finished.");
        fixtures.stance(busy, amara, Stance.AGREE, Stance.DISAGREE, "The point about the mediator", benAnswer);
        fixtures.stance(busy, ben, Stance.UNSURE, null, null, null);

        Browser teacher = tour.browser(Visitor.TEACHER);
        String classPath = "/teach/classes/" + c.id();
        teacher.submit(c.discussionPath(1), classPath + "/posts/" + rude + "/hide", Map.of("reason", "Off topic"));
        teacher.submit(c.discussionPath(1), classPath + "/posts/" + benAnswer + "/endorse", Map.of());
        teacher.submit(c.discussionPath(3), classPath + "/discussions/" + locked + "/lock", Map.of());
        tour.browser(Visitor.STUDENT).submit(c.discussionPath(1) + "/posts/" + benAnswer + "/flag",
                c.discussionPath(1) + "/posts/" + benAnswer + "/flag",
                Map.of("reason", "UNKIND", "note", "Not sure it is kind"));
        Browser amaras = tour.browser(Visitor.STUDENT);
        amaras.submit(c.discussionPath(1), c.discussionPath(1) + "/posts", Map.of("key", UUID.randomUUID().toString(),
                "body", "> Zelensky dismissed this group as lacking decision-making power\n\nSo he stayed away."));
        amaras.submit(c.discussionPath(2), c.discussionPath(2) + "/draft", Map.of("body", "Half an answer"));
        long assignment = fixtures.assignmentIds(c.id()).get(0);
        fixtures.requireReplies(assignment, 2);
        String feedback = classPath + "/students/" + amara + "/feedback";
        teacher.submit(feedback, feedback + "/" + assignment, Map.of("comment", "Good use of the text.", "score", "4"));
        String announcements = classPath + "/announcements";
        teacher.submit(announcements, announcements, Map.of("body", "Read *section 2* again before Friday."));

        String student = "/classes/" + c.id();
        tour.add("landing", "/", Visitor.ANONYMOUS);
        tour.add("sign-in", "/signin", Visitor.ANONYMOUS);
        tour.sent("sign-in with errors", "/signin", Visitor.ANONYMOUS, Map.of("username", "ms.rivera", "password", ""));
        tour.add("join", "/join", Visitor.ANONYMOUS);
        tour.add("language", "/language", Visitor.ANONYMOUS);
        tour.sent("join with errors", "/join", Visitor.ANONYMOUS, Map.of("code", "", "name", ""));
        tour.sent("welcome", "/join", Visitor.ANONYMOUS, Map.of("code", c.code(), "name", "Dara P"));
        tour.add("come back", "/return", Visitor.ANONYMOUS);
        tour.add("come back, signed out", "/return?signedOut=1", Visitor.ANONYMOUS);
        tour.sent("come back with errors", "/return", Visitor.ANONYMOUS,
                Map.of("code", c.code(), "name", "", "returnCode", ""));
        tour.add("class home", student, Visitor.STUDENT);
        tour.add("article", student + "/articles/" + c.articleId(), Visitor.STUDENT);
        tour.add("article, back to a draft", student + "/articles/" + c.articleId() + "?from="
                + c.discussions().get(1) + "&section=why-the-no-shows", Visitor.STUDENT);
        tour.add("article in the class, teacher", student + "/articles/" + c.articleId(), Visitor.TEACHER);
        tour.add("discussion, draft kept", c.discussionPath(2) + "?draft=true", Visitor.STUDENT);
        tour.add("discussion, busy", c.discussionPath(1), Visitor.STUDENT);
        tour.add("discussion, before answering", c.discussionPath(1), Visitor.NEW_STUDENT);
        tour.sent("discussion, change of mind with errors", c.discussionPath(1), Visitor.STUDENT,
                Map.of("reason", "x".repeat(StanceChange.MAX_REASON + 1)));
        tour.add("discussion, reply open", c.discussionPath(1) + "?reply=" + benAnswer, Visitor.STUDENT);
        tour.sent("discussion, answer with errors", c.discussionPath(1), Visitor.STUDENT, Map.of("body", " "));
        tour.add("discussion, empty", c.discussionPath(2), Visitor.STUDENT);
        tour.add("discussion, locked", c.discussionPath(3), Visitor.STUDENT);
        tour.add("edit a post", c.discussionPath(1) + "/posts/" + answer + "/edit", Visitor.STUDENT);
        tour.add("delete a post", c.discussionPath(1) + "/posts/" + answer + "/delete", Visitor.STUDENT);
        tour.add("flag a post", c.discussionPath(1) + "/posts/" + benReply + "/flag", Visitor.STUDENT);
        tour.add("what's new", "/whats-new", Visitor.STUDENT);
        tour.add("teacher dashboard", "/teach", Visitor.TEACHER);
        tour.add("what's new, teacher", "/whats-new", Visitor.TEACHER);
        tour.add("announcements", announcements, Visitor.TEACHER);
        tour.sent("announcements with errors", announcements, Visitor.TEACHER, Map.of("body", " "));
        tour.add("new class", "/teach/new-class", Visitor.TEACHER);
        tour.sent("new class with errors", "/teach/new-class", Visitor.TEACHER, Map.of("name", ""));
        tour.add("class overview", classPath, Visitor.TEACHER);
        tour.add("discussion, teacher", c.discussionPath(1), Visitor.TEACHER);
        tour.add("moderation", classPath + "/moderation", Visitor.TEACHER);
        tour.add("moderation, hidden", classPath + "/moderation?tab=hidden", Visitor.TEACHER);
        tour.add("moderation, flagged", classPath + "/moderation?tab=flagged", Visitor.TEACHER);
        tour.add("approve all", classPath + "/moderation/approve-all", Visitor.TEACHER);
        tour.add("audit log", classPath + "/audit", Visitor.TEACHER);
        tour.add("participation", classPath + "/participation", Visitor.TEACHER);
        tour.add("transcript", classPath + "/students/" + amara + "/transcript", Visitor.TEACHER);
        tour.add("feedback", feedback, Visitor.TEACHER);
        String grading = classPath + "/assignments/" + assignment + "/grading";
        tour.add("grading", grading, Visitor.TEACHER);
        tour.add("grading, saved", grading + "?student=" + ben + "&saved=" + amara, Visitor.TEACHER);
        tour.sent("grading with errors", grading + "?student=" + ben, Visitor.TEACHER,
                Map.of("comment", "x".repeat(4001), "score", ""));
        tour.add("printable export", classPath + "/discussions/" + busy + "/export", Visitor.TEACHER);
        tour.add("roster", classPath + "/roster", Visitor.TEACHER);
        tour.add("remove a student", classPath + "/students/" + ben + "/remove", Visitor.TEACHER);
        tour.add("assign", classPath + "/assign", Visitor.TEACHER);
        String editAssignment = classPath + "/assignments/" + assignment + "/edit";
        tour.add("edit assignment", editAssignment, Visitor.TEACHER);
        tour.sent("edit assignment with errors", editAssignment, Visitor.TEACHER,
                Map.of("minWords", "0", "requiredReplies", "11"));
        String ownQuestions = classPath + "/assignments/" + assignment + "/questions";
        teacher.submit(editAssignment, ownQuestions, Map.of("text", "What would you ask the negotiators?"));
        String ownQuestion = ownQuestions + "/" + fixtures.ownDiscussions(assignment).get(0) + "/edit";
        tour.sent("add own question with errors", editAssignment, Visitor.TEACHER, Map.of("text", ""));
        tour.add("edit own question", ownQuestion, Visitor.TEACHER);
        tour.sent("edit own question with errors", ownQuestion, Visitor.TEACHER, Map.of("text", ""));
        tour.add("settings", classPath + "/settings", Visitor.TEACHER);
        tour.add("join sheet", classPath + "/sheet", Visitor.TEACHER);
        tour.add("delete class", classPath + "/delete", Visitor.TEACHER);
        tour.add("articles", "/teach/articles", Visitor.TEACHER);
        tour.add("article, teacher", "/teach/articles/" + c.articleId(), Visitor.TEACHER);
        tour.add("import", "/teach/articles/import", Visitor.TEACHER);
        tour.sent("import with errors", "/teach/articles/import", Visitor.TEACHER,
                Map.of("text", SAMPLE_ARTICLE.replace("date: 2025-03-10", "date: 2025-02-30")));
        tour.sent("import review", "/teach/articles/import", Visitor.TEACHER, Map.of("text", SAMPLE_ARTICLE));
        tour.sent("import review, pasted text", "/teach/articles/import", Visitor.TEACHER,
                Map.of("text", "Phones went into pouches.\n\nTeachers noticed more talk."));
        tour.sent("import review, no questions", "/teach/articles/import", Visitor.TEACHER,
                Map.of("text", "# Phones\n\ndate: 2025-03-10\n\n## What happened\n\nPouches.\n"));
        tour.sent("import from a web address with errors", "/teach/articles/import", Visitor.TEACHER,
                Map.of("url", "http://10.0.0.1/news"));
        String editArticle = "/teach/articles/"
                + fixtures.importedArticle(teacherId, SAMPLE_ARTICLE.replace("date:", "slug: tour-import\ndate:"))
                + "/edit";
        tour.add("edit article", editArticle, Visitor.TEACHER);
        tour.sent("edit article with errors", editArticle, Visitor.TEACHER, Map.of("date", "yesterday"));
        tour.add("change password", "/account/password", Visitor.TEACHER);
        tour.add("your account", "/account", Visitor.TEACHER);
        tour.add("your account, saved", "/account?saved=1", Visitor.ADMIN);
        tour.sent("your account with errors", "/account", Visitor.TEACHER, Map.of("displayName", " "));
        tour.add("teachers (admin)", "/admin/teachers", Visitor.ADMIN);
        tour.add("not found", "/classes/" + c.id() + "/discussions/999999", Visitor.STUDENT);
        tour.add("forbidden", classPath, Visitor.STUDENT);
        tour.add("server error", "/test-only/failure", Visitor.ANONYMOUS);
        tour.waitingStudent(fixtures);
        tour.add("class home, waiting for approval", student, Visitor.WAITING_STUDENT);
        tour.sent("join while signed in", "/join", Visitor.STUDENT, Map.of("code", c.code(), "name", "Eli W"));
        return tour;
    }

    /** A student who joined while the class wanted approval, and is still waiting. */
    private void waitingStudent(Fixtures fixtures) {
        fixtures.configure(lesson.id(), k -> k.approvalRequired = true);
        Browser browser = new Browser();
        browser.submit("/join", "/join", Map.of("code", lesson.code(), "name", "Fern W"));
        sessions.put(Visitor.WAITING_STUDENT, browser.cookie("rt_session"));
        fixtures.configure(lesson.id(), k -> k.approvalRequired = false);
    }

    private void add(String name, String path, Visitor who) {
        pages.add(Page.of(name, path, who));
    }

    private void sent(String name, String path, Visitor who, Map<String, String> fields) {
        pages.add(Page.sent(name, path, who, fields));
    }

    /** A cookie-keeping HTTP client signed in as {@code who}. */
    public Browser browser(Visitor who) {
        Browser browser = new Browser();
        if (sessions.containsKey(who)) {
            browser.setCookie("rt_session", sessions.get(who));
        }
        return browser;
    }

    /** GET route templates that no page of the tour visits and that are not listed as non-pages. */
    public List<String> uncoveredRoutes() {
        List<String> uncovered = new ArrayList<>();
        for (Route route : Routes.all()) {
            if (!route.isGet() || NOT_PAGES.containsKey(route.template())) {
                continue;
            }
            Pattern pattern = Pattern.compile(route.template().replaceAll("\\{[^}]+}", "[^/]+"));
            if (pages.stream().noneMatch(p -> pattern.matcher(p.path().replaceAll("\\?.*", "")).matches())) {
                uncovered.add(route.template());
            }
        }
        return uncovered;
    }

    /** The page's HTML as the server sends it, and its status, fetched over HTTP. */
    public record Fetched(int status, String path, String html) {
    }

    public Fetched fetch(Page page) {
        return fetch(page, null);
    }

    /** The page in an interface language, chosen as a person does (the footer's cookie); null for the default. */
    public Fetched fetch(Page page, String language) {
        Browser browser = browser(page.who());
        if (language != null) {
            browser.setCookie(LANGUAGE_COOKIE, language);
        }
        Response response = browser.get(page.path());
        if (page.fields() != null) {
            response = send(browser, page, Jsoup.parse(response.asString(), Window.baseUrl() + page.path()));
        }
        String path = page.path();
        for (int hops = 0; response.statusCode() == 303 && hops < 5; hops++) {
            path = response.header("Location").replace(Window.baseUrl(), "");
            response = browser.get(path);
        }
        return new Fetched(response.statusCode(), path, response.asString());
    }

    private static Response send(Browser browser, Page page, Document document) {
        Element form = formWith(document, page.fields().keySet());
        Map<String, String> values = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("file")
                    || ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked"))) {
                continue;
            }
            values.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
        }
        values.putAll(page.fields());
        String action = form.attr("action");
        if (!form.attr("enctype").equals("multipart/form-data")) {
            return browser.post(action, values);
        }
        RequestSpecification spec = given().redirects().follow(false).cookie(Browser.CSRF_COOKIE, browser.cookie(
                Browser.CSRF_COOKIE)).cookie("rt_session", String.valueOf(browser.cookie("rt_session")));
        if (browser.cookie(LANGUAGE_COOKIE) != null) {
            spec.cookie(LANGUAGE_COOKIE, browser.cookie(LANGUAGE_COOKIE));
        }
        values.forEach((name, value) -> spec.multiPart(name, value));
        return spec.post(action);
    }

    private static Element formWith(Document document, java.util.Set<String> fields) {
        for (Element form : document.select("form")) {
            if (fields.stream().allMatch(f -> !form.select("[name=" + f + "]").isEmpty())) {
                return form;
            }
        }
        throw new AssertionError("No form with fields " + fields + " on " + document.location());
    }

    /** Shows the page in the browser window, as its visitor, the way a person reaches it. */
    public void show(Window window, Page page) {
        show(window, page, null);
    }

    /** {@link #show(Window, Page)} in an interface language (null for the default). */
    public void show(Window window, Page page, String language) {
        window.driver().manage().deleteAllCookies();
        if (sessions.containsKey(page.who())) {
            window.signedInWith(sessions.get(page.who()));
        }
        if (language != null) {
            window.speaking(language);
        }
        window.go(page.path());
        if (page.fields() == null) {
            return;
        }
        WebElement form = (WebElement) window.script("""
                const names = arguments[0];
                return [...document.forms].find(f => names.every(n => f.elements.namedItem(n)));""",
                List.copyOf(page.fields().keySet()));
        window.script("arguments[0].noValidate = true;", form);
        page.fields()
                .forEach((name, value) -> window.script(
                        "arguments[0].elements.namedItem(arguments[1]).value = arguments[2];",
                        form, name, value));
        WebElement html = window.find("html");
        window.script("arguments[0].requestSubmit();", form);
        window.await(ExpectedConditions.stalenessOf(html));
        window.await(d -> "complete".equals(window.script("return document.readyState;")));
    }
}
