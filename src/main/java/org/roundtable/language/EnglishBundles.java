package org.roundtable.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * A bundle's English read straight from its properties file, for code that also runs where no application is
 * (a parser's plain unit tests, tools): {@link Messages} answers with it when no container runs.
 */
final class EnglishBundles {

    private static final Map<Class<?>, Object> BUNDLES = new ConcurrentHashMap<>();

    private EnglishBundles() {
    }

    static <T> T of(Class<T> bundle) {
        return bundle.cast(BUNDLES.computeIfAbsent(bundle, EnglishBundles::proxy));
    }

    private static Object proxy(Class<?> bundle) {
        Properties words = load("messages/" + bundle.getAnnotation(MessageBundle.class).value() + "_en.properties");
        return Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle },
                (proxy, method, args) -> filled(bundle, words, method, args));
    }

    /** The message with its {name} parameters filled in; a counted message stays a pattern, for Plurals. */
    private static Object filled(Class<?> bundle, Properties words, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? bundle.getSimpleName() + "(en)" : null;
        }
        String text = words.getProperty(method.getName(), method.getName());
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
        }
        return text.replace("{|", "").replace("|}", "");
    }

    private static Properties load(String file) {
        Properties words = new Properties();
        try (InputStream in = EnglishBundles.class.getClassLoader().getResourceAsStream(file)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
