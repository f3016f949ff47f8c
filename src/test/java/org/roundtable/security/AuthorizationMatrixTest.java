package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.ClassWithPost;
import org.roundtable.support.Fixtures;
import org.roundtable.support.People;
import org.roundtable.support.People.Person;
import org.roundtable.support.Routes;
import org.roundtable.support.Routes.Route;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Every teacher and admin route of the application × six kinds of visitor. Ids in the
 * URL never grant access on their own, and a refused POST changes nothing.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Visitor { ANONYMOUS, STUDENT_OF_CLASS, STUDENT_OF_OTHER_CLASS, OWNING_TEACHER, OTHER_TEACHER, ADMIN }

    /** Who may: the class's teacher; any teacher; an admin; the teacher who imported the article. */
    enum Scope {
        CLASS, ANY_TEACHER, ADMIN, IMPORTER
    }

    @Inject
    Fixtures fixtures;

    Map<Visitor, Browser> browsers;
    Map<String, Object> ids;
    /** The same, with the discussion of a question the class's teacher added (their own question's pages). */
    Map<String, Object> ownQuestionIds;

    @BeforeEach
    void setUp() {
        ClassWithPost owned = ClassWithPost.create(fixtures, "owner", "Owned", "an answer");
        Person other = People.teacher(fixtures, "other");
        long adminId = fixtures.teacher("admin", "admin password 123", true);
        Fixtures.TestClass elsewhere = fixtures.createClass("Elsewhere", 0, other.id());
        Person outsider = People.student(fixtures, elsewhere.id(), "Olu");

        browsers = new HashMap<>();
        browsers.put(Visitor.ANONYMOUS, new Browser());
        browsers.put(Visitor.STUDENT_OF_CLASS, owned.student().browser());
        browsers.put(Visitor.STUDENT_OF_OTHER_CLASS, outsider.browser());
        browsers.put(Visitor.OWNING_TEACHER, owned.teacher().browser());
        browsers.put(Visitor.OTHER_TEACHER, other.browser());
        browsers.put(Visitor.ADMIN, People.signedIn(fixtures, adminId).browser());

        ids = new HashMap<>(owned.ids(fixtures, other.id()));
        ids.put("articleId", fixtures.importedArticle(owned.teacher().id(), """
                # Owned Article

                date: 2026-11-30

                ## A section

                Text.

                ## Thought Questions

                1. A question?
                """));
        long assignment = (long) ids.get("assignmentId");
        String assignmentPath = "/teach/classes/" + ids.get("classId") + "/assignments/" + assignment;
        owned.teacher().browser().submit(assignmentPath + "/edit", assignmentPath + "/questions",
                Map.of("text", "A question of the class's own?"));
        ownQuestionIds = new HashMap<>(ids);
        ownQuestionIds.put("discussionId", fixtures.ownDiscussions(assignment).get(0));
    }

    static Scope scopeOf(Route route) {
        if (route.template().startsWith("/admin")) {
            return Scope.ADMIN;
        }
        if (route.template().equals("/teach/articles/{articleId}/edit")) {
            return Scope.IMPORTER;
        }
        return route.template().startsWith("/teach/classes/{classId}") ? Scope.CLASS : Scope.ANY_TEACHER;
    }

    static boolean protectedRoute(Route route) {
        String path = route.template();
        return path.startsWith("/teach") || path.startsWith("/admin") || path.startsWith("/account");
    }

    static boolean allowed(Visitor visitor, Scope scope) {
        return switch (scope) {
            case CLASS, IMPORTER -> visitor == Visitor.OWNING_TEACHER;
            case ANY_TEACHER -> visitor == Visitor.OWNING_TEACHER || visitor == Visitor.OTHER_TEACHER
                    || visitor == Visitor.ADMIN;
            case ADMIN -> visitor == Visitor.ADMIN;
        };
    }

    @Test
    void everyTeacherRouteAnswersEachVisitorAsExpectedAndRefusedPostsChangeNothing() {
        List<Route> routes = Routes.all().stream().filter(AuthorizationMatrixTest::protectedRoute).toList();
        assertTrue(routes.size() >= 30, "found only " + routes.size() + " teacher routes: " + routes);
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            String path = Routes.fill(route.template(),
                    route.template().contains("/questions/{discussionId}") ? ownQuestionIds : ids);
            for (Visitor visitor : Visitor.values()) {
                boolean allowed = allowed(visitor, scopeOf(route));
                if (!route.isGet() && allowed) {
                    continue; // the flows' own tests cover what an allowed POST does
                }
                if (route.template().endsWith("/events") && allowed) {
                    continue; // a live stream never ends; LiveUpdatesTest opens the allowed ones
                }
                Browser browser = browsers.get(visitor);
                String before = route.isGet() ? null : fixtures.fingerprint();
                Response response = route.isGet() ? browser.get(path)
                        : browser.post(path, Map.of(Browser.CSRF_FIELD, browser.csrfToken("/join")));
                int status = response.statusCode();
                String where = route + " as " + visitor + " → " + status;
                if (visitor == Visitor.ANONYMOUS) {
                    if (status != 303 || !String.valueOf(response.header("Location")).endsWith("/signin")) {
                        failures.add(where + " (expected 303 to /signin)");
                    }
                } else if (!allowed) {
                    if (status != 403 && status != 404) {
                        failures.add(where + " (expected 403 or 404)");
                    }
                    if (visitor != Visitor.OWNING_TEACHER && response.asString().contains("an answer")) {
                        failures.add(where + " leaked a post");
                    }
                } else if (status != 200 && status != 303) {
                    failures.add(where + " (expected 200 or 303)");
                }
                if (before != null && !before.equals(fixtures.fingerprint())) {
                    failures.add(where + " changed data");
                }
            }
        }
        assertEquals(List.of(), failures);
    }
}
