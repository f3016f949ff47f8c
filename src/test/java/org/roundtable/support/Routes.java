package org.roundtable.support;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/**
 * The application's own routes, read from its resource classes (the beans Quarkus REST
 * registered), so security tests cover every route without a hand-kept list.
 */
public final class Routes {

    public record Route(String method, String template) {

        public boolean isGet() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** {@code {articleId: \\d+}}, a parameter kept to numbers so literal siblings stay reachable, reads {@code {articleId}}. */
    private static final Pattern NUMBER_PARAM = Pattern.compile("\\{(\\w+)\\s*:\\s*\\\\d\\+}");

    private static final Pattern ALTERNATIVES = Pattern.compile("\\{(\\w+)\\s*:\\s*([\\w.|\\\\-]+)}");

    private Routes() {
    }

    /** Every (method, path template) of the application, regex alternatives expanded. */
    public static List<Route> all() {
        Set<Route> routes = new LinkedHashSet<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || !type.getPackageName().startsWith("org.roundtable")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                for (String expanded : expand(template)) {
                    routes.add(new Route(verb, NUMBER_PARAM.matcher(expanded).replaceAll("{$1}")));
                }
            }
        }
        return new ArrayList<>(routes);
    }

    static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /posts/{p}/{action: hide|remove}} → one template per alternative ({@code \.} read as {@code .}). */
    static List<String> expand(String template) {
        Matcher matcher = ALTERNATIVES.matcher(template);
        if (!matcher.find()) {
            return List.of(template);
        }
        List<String> out = new ArrayList<>();
        for (String alternative : matcher.group(2).split("\\|")) {
            out.addAll(
                    expand(template.substring(0, matcher.start()) + alternative.replace("\\", "")
                            + template.substring(matcher.end())));
        }
        return out;
    }

    /** Fills {name} placeholders from the given values; fails on an unknown one, so new routes get covered. */
    public static String fill(String template, Map<String, Object> values) {
        Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No test value for {" + matcher.group(1) + "} in " + template);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

}
