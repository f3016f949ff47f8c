package org.roundtable.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/**
 * Load tests' browsers, each holding the CSRF token of the form it will send, fetched one by one
 * before the crowd starts, so that what runs at once is only the sending.
 */
public final class Crowd {

    private final List<Browser> browsers;
    private final List<String> tokens;

    private Crowd(List<Browser> browsers, List<String> tokens) {
        this.browsers = browsers;
        this.tokens = tokens;
    }

    /** The browsers, each having read {@code formPage}. */
    public static Crowd ready(List<Browser> browsers, String formPage) {
        return new Crowd(List.copyOf(browsers), browsers.stream().map(b -> b.csrfToken(formPage)).toList());
    }

    /** Browser {@code n} posts the fields with its token. */
    public Response post(int n, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put(Browser.CSRF_FIELD, tokens.get(n));
        return browsers.get(n).post(action, all);
    }
}
