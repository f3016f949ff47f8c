package org.roundtable.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like HTTP client for tests: keeps cookies, reads pages with jsoup and
 * sends forms with the CSRF token the page carried, the way a real browser does.
 */
public class Browser {

    public static final String CSRF_FIELD = "csrf-token";
    public static final String CSRF_COOKIE = "rt_csrf";

    private final Map<String, String> cookies = new HashMap<>();

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    public Document page(String path) {
        Response response = get(path);
        return Jsoup.parse(response.asString(), "http://localhost" + path);
    }

    /** Fetches {@code formPage}, takes its CSRF token, and posts the fields to {@code action}. */
    public Response submit(String formPage, String action, Map<String, String> fields) {
        Document page = page(formPage);
        String token = page.select("input[name=" + CSRF_FIELD + "]").attr("value");
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(CSRF_FIELD, token);
        return post(action, all);
    }

    /** Posts exactly the given fields (no token added). */
    public Response post(String action, Map<String, String> fields) {
        RequestSpecification spec = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
        fields.forEach(spec::formParam);
        Response response = spec.post(action);
        remember(response);
        return response;
    }

    /** The CSRF token this browser holds (the cookie and the form field carry the same value). */
    public String csrfToken(String formPage) {
        return page(formPage).select("input[name=" + CSRF_FIELD + "]").attr("value");
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void forget(String name) {
        cookies.remove(name);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private void remember(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
    }

    /** What a visitor without a session gets at {@code path}, which must answer with {@code status}. */
    public static Response visit(String path, int status) {
        Response response = new Browser().get(path);
        assertEquals(status, response.statusCode(), path);
        return response;
    }

    public static Document html(Response response) {
        return Jsoup.parse(response.asString());
    }

    /** The page of a refused form: status 400, and the form shown again with its errors. */
    public static Document refused(Response response) {
        assertEquals(400, response.statusCode());
        return html(response);
    }
}
