package org.roundtable.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser: its cookies, the CSRF token its forms carry and, behind the proxy, its address. */
class Person {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern POST_ID = Pattern.compile("#post-(\\d+)");

    final Site site;
    final String name;
    final Map<String, String> cookies = new ConcurrentHashMap<>();
    /** Sent as X-Forwarded-For: a classroom's address, so per-address limits count per classroom. */
    final String address;
    volatile String csrf;
    long classId;

    Person(Site site, String name, String address) {
        this.site = site;
        this.name = name;
        this.address = address;
    }

    Person(Site site, String name) {
        this(site, name, null);
    }

    String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.base() + path))
                .timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return request;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = site.http().send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        remember(response);
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, List.copyOf(fields.entrySet()));
    }

    /** Posts a form whose fields may repeat (ticked checkboxes). */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
            throws IOException, InterruptedException {
        HttpRequest request = postRequest(path, fields);
        HttpResponse<String> response = site.http().send(request, HttpResponse.BodyHandlers.ofString());
        remember(response);
        return response;
    }

    HttpRequest postRequest(String path, Map<String, String> fields) {
        return postRequest(path, List.copyOf(fields.entrySet()));
    }

    HttpRequest postRequest(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("csrf-token", csrf));
        String form = all.stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
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

    /** The fields of the discussion's post form. */
    static Map<String, String> postFields(Long parentId, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("body", body);
        if (parentId != null) {
            fields.put("parentId", parentId.toString());
        }
        fields.put("key", UUID.randomUUID().toString());
        fields.put("sort", "oldest");
        fields.put("page", "1");
        return fields;
    }

    /** The new post's id from the answer to the post form, or -1 when it was refused. */
    static long postId(HttpResponse<?> response) {
        String location = response.headers().firstValue("location").orElse("");
        Matcher id = POST_ID.matcher(location);
        return response.statusCode() == 303 && id.find() ? Long.parseLong(id.group(1)) : -1;
    }

    /** Writes a post through the discussion's form; returns its id. */
    long write(String discussionPath, Long parentId, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(discussionPath + "/posts", postFields(parentId, body));
        long id = postId(response);
        if (id < 0) {
            throw new IllegalStateException("post refused: " + response.statusCode() + " "
                    + response.headers().firstValue("location").orElse(""));
        }
        return id;
    }

    /** Signs in with the sign-in form. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        get("/signin");
        HttpResponse<String> signedIn = post("/signin", Map.of("username", username, "password", password));
        if (signedIn.statusCode() != 303 || !cookies.containsKey("rt_session")) {
            throw new IllegalStateException("sign-in refused for " + username + ": " + signedIn.statusCode());
        }
    }

    /** Joins a class with the join form, as a student; remembers the class. */
    void join(String code) throws IOException, InterruptedException {
        get("/join?code=" + code);
        HttpResponse<String> joined = post("/join", Map.of("code", code, "name", name));
        if (joined.statusCode() != 303 || !cookies.containsKey("rt_session")) {
            throw new IllegalStateException("join refused for " + name + ": " + joined.statusCode());
        }
        String welcome = joined.headers().firstValue("location").orElseThrow();
        classId = Long.parseLong(welcome.substring(welcome.lastIndexOf('/') + 1));
    }
}
