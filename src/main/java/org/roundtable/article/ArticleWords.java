package org.roundtable.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.roundtable.language.Messages;

import io.quarkus.arc.Arc;

/**
 * What the import says ({@link IntakeMsg}), for its readers and refusals, which also run outside the application
 * (the parser's own tests, tools): there they speak the bundle's English, read from its properties file.
 */
public final class ArticleWords {

    private static final String ENGLISH = "messages/intake_en.properties";

    private static volatile IntakeMsg english;

    private ArticleWords() {
    }

    /** The bundle in the language being spoken, or English when no application is running. */
    public static IntakeMsg now() {
        return Arc.container() != null && Arc.container().isRunning() ? Messages.now(IntakeMsg.class) : english();
    }

    /** The language {@link #now} speaks. */
    public static Locale locale() {
        return Arc.container() != null && Arc.container().isRunning() ? Messages.locale() : Locale.ENGLISH;
    }

    /** The bundle's English, for messages kept in English (logs, exceptions' own messages). */
    public static IntakeMsg english() {
        if (english == null) {
            Properties words = load();
            english = (IntakeMsg) Proxy.newProxyInstance(IntakeMsg.class.getClassLoader(),
                    new Class<?>[] { IntakeMsg.class }, (proxy, method, args) -> filled(words, method, args));
        }
        return english;
    }

    /** The message with its {name} parameters filled in; a counted message stays a pattern, for Plurals. */
    private static Object filled(Properties words, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? "IntakeMsg(en)" : null;
        }
        String text = words.getProperty(method.getName(), method.getName());
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
        }
        return text.replace("{|", "").replace("|}", "");
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = ArticleWords.class.getClassLoader().getResourceAsStream(ENGLISH)) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
