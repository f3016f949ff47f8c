package org.roundtable.classroom;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import org.roundtable.support.Browser;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Sends a teacher's assignment forms as a browser would, with the question boxes repeated. */
final class AssignmentEdits {

    private AssignmentEdits() {
    }

    static String editPage(long classId, long assignmentId) {
        return "/teach/classes/" + classId + "/assignments/" + assignmentId + "/edit";
    }

    /** Saves the edit form with these fields and these questions ticked. */
    static Response save(Browser teacher, long classId, long assignmentId, Map<String, String> fields,
            List<Long> questions) {
        String edit = editPage(classId, assignmentId);
        return send(teacher, edit, edit.substring(0, edit.length() - "/edit".length()), fields, questions);
    }

    /** Sends the form found at {@code formPage} to {@code action}, with its CSRF token. */
    static Response send(Browser teacher, String formPage, String action, Map<String, String> fields,
            List<Long> questions) {
        String token = teacher.csrfToken(formPage);
        RequestSpecification spec = given().redirects().follow(false)
                .cookie("rt_session", teacher.cookie("rt_session"))
                .cookie(Browser.CSRF_COOKIE, teacher.cookie(Browser.CSRF_COOKIE))
                .contentType(ContentType.URLENC.withCharset("UTF-8")).formParam(Browser.CSRF_FIELD, token);
        fields.forEach(spec::formParam);
        questions.forEach(q -> spec.formParam("question", q));
        return spec.post(action);
    }
}
