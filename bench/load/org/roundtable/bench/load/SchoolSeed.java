package org.roundtable.bench.load;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets up one class the way a school does, through the app's forms: the admin adds a teacher,
 * who signs in with the one-time password, chooses their own, creates the class and assigns
 * an article's questions.
 */
final class SchoolSeed {

    /** A class ready for its students: where they join, what they read, and its teacher's browser. */
    record SchoolClass(int number, long id, String code, long articleId, List<Long> discussions, Person teacher,
            String address) {

        String home() {
            return "/classes/" + id;
        }

        String article() {
            return home() + "/articles/" + articleId;
        }

        String discussion(int index) {
            return home() + "/discussions/" + discussions.get(index % discussions.size());
        }
    }

    private static final Pattern ONE_TIME = Pattern.compile("class=\"return-code one-time-password\">([^<]+)<");
    private static final Pattern CODE = Pattern.compile("<strong class=\"code\" lang=\"zxx\">([^<]+)<");
    private static final Pattern ARTICLE = Pattern.compile("<option value=\"(\\d+)\"");
    private static final Pattern QUESTION = Pattern.compile("name=\"question\" value=\"(\\d+)\"");
    private static final String TEACHER_PASSWORD = "bench-teacher-password";

    private final Site site;
    private final Person admin;

    SchoolSeed(Site site) throws Exception {
        this.site = site;
        this.admin = new Person(site, "admin", "10.255.0.1");
        admin.signIn("admin", Server.ADMIN_PASSWORD);
    }

    /** Each classroom behind the school's proxy has its own address, 10.x.y.1. */
    static String address(int number) {
        return "10." + (number / 250) + "." + (number % 250) + ".1";
    }

    SchoolClass create(int number) throws Exception {
        String address = address(number);
        Person teacher = new Person(site, "Teacher " + number, address);
        String username = "teacher-" + number;
        String oneTime = oneTimePassword(username, teacher.name);
        teacher.signIn(username, oneTime);
        teacher.get("/account/password");
        expect(teacher.post("/account/password", Map.of("current", oneTime, "password",
                TEACHER_PASSWORD, "repeat", TEACHER_PASSWORD)), "password change");
        teacher.get("/teach/new-class");
        HttpResponse<String> created = teacher.post("/teach/classes", Map.of("name", "Class " + number));
        expect(created, "new class");
        String teach = created.headers().firstValue("location").orElseThrow();
        long id = Long.parseLong(teach.substring(teach.lastIndexOf('/') + 1));
        String code = first(CODE, teacher.get(teach + "/settings").body(), "join code");
        long articleId = Long.parseLong(first(ARTICLE, teacher.get(teach + "/assign").body(), "article"));
        String assign = teacher.get(teach + "/assign?article=" + articleId).body();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("articleId", Long.toString(articleId)));
        Matcher question = QUESTION.matcher(assign);
        while (question.find()) {
            fields.add(Map.entry("question", question.group(1)));
        }
        expect(teacher.post(teach + "/assign", fields), "assignment");
        List<Long> discussions = DemoSeed.links(teacher.get(teach).body(), "/classes/" + id + "/discussions/(\\d+)");
        if (discussions.isEmpty()) {
            throw new IllegalStateException("class " + number + " has no discussion to open");
        }
        teacher.get(teach + "/moderation");   // the page the teacher sits on, for its CSRF cookie
        return new SchoolClass(number, id, code, articleId, discussions, teacher, address);
    }

    /** The admin adds the teacher; the next view of the list shows the one-time password once. */
    private String oneTimePassword(String username, String displayName) throws Exception {
        synchronized (admin) {
            admin.get("/admin/teachers");
            expect(admin.post("/admin/teachers", Map.of("username", username, "displayName", displayName)),
                    "new teacher");
            return first(ONE_TIME, admin.get("/admin/teachers").body(), "one-time password").trim();
        }
    }

    private static void expect(HttpResponse<String> response, String what) {
        if (response.statusCode() != 303) {
            throw new IllegalStateException(what + " refused: " + response.statusCode());
        }
    }

    private static String first(Pattern pattern, String html, String what) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " on the page");
        }
        return m.group(1);
    }
}
