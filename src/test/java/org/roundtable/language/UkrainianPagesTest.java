package org.roundtable.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.Fixtures;
import org.roundtable.support.PageTour;
import org.roundtable.support.PageTour.Fetched;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import nu.validator.client.EmbeddedValidator;

/**
 * Every page of the tour, in Ukrainian: {@code <html lang="uk">}, valid HTML, and no English left. A run of Latin
 * text on a Ukrainian page must be content someone wrote (the tour's and the fixtures' own words: names, posts,
 * titles, the article) or sit inside an element that says it is in another language ({@code lang="en"}); anything
 * else is a word of the interface still in English. A code (a class code, a return code, an error's reference)
 * is marked {@code translate="no"}, which tells translation tools too to leave it alone.
 */
@QuarkusTest
class UkrainianPagesTest {

    /** A run of Latin text: Latin words and what stands between them in a sentence. */
    private static final Pattern LATIN_RUN = Pattern
            .compile("\\p{IsLatin}[\\p{IsLatin}\\p{N}'’.,:;!?()\\-–— *_/&+@#]*[\\p{IsLatin}\\p{N}.!?)]|\\p{IsLatin}");
    /** The syntax of a counted message the scripts fill in, around its words: "{count, plural, one {". */
    private static final Pattern ICU_SYNTAX = Pattern
            .compile("\\{count, plural,|(=\\d+|zero|one|two|few|many|other) \\{|}");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final List<String> READ_ATTRIBUTES = List.of("title", "aria-label", "placeholder", "alt",
            "aria-description", "aria-roledescription");

    @Inject
    Fixtures fixtures;

    PageTour tour;
    List<Fetched> fetched;

    @BeforeEach
    void visitEveryPageInUkrainian() {
        tour = PageTour.build(fixtures);
        fetched = tour.pages().stream().map(page -> tour.fetch(page, "uk")).toList();
    }

    @Test
    void everyPageSaysItIsUkrainianAndIsValid() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < fetched.size(); i++) {
            String name = tour.pages().get(i).name();
            String html = fetched.get(i).html();
            String lang = Jsoup.parse(html).selectFirst("html").attr("lang");
            if (!lang.equals("uk")) {
                problems.add(name + ": <html lang=\"" + lang + "\">");
            }
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            for (Map<String, Object> message : JsonPath.from(report).<Map<String, Object>>getList("messages")) {
                if ("error".equals(message.get("type")) || "non-document-error".equals(message.get("type"))) {
                    problems.add(name + ", line " + message.get("lastLine") + ": " + message.get("message"));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noEnglishIsLeftOnAnyUkrainianPage() throws IOException {
        Set<String> written = writtenByPeople();
        Set<String> problems = new LinkedHashSet<>();
        for (int i = 0; i < fetched.size(); i++) {
            String name = tour.pages().get(i).name();
            Document page = Jsoup.parse(fetched.get(i).html());
            page.select("script, style, template").remove();
            for (String text : readable(page)) {
                Matcher runs = LATIN_RUN.matcher(text);
                while (runs.find()) {
                    String run = runs.group().strip();
                    if (!MessageBundlesTest.LATIN_IN_UKRAINIAN.contains(run) && !isWritten(run, written)) {
                        problems.add(name + ": \"" + run + "\" in \"" + text.strip() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), List.copyOf(problems));
    }

    /** The text a reader meets: text nodes and read-out attributes, outside anything marked as another language. */
    private static List<String> readable(Document page) {
        List<String> texts = new ArrayList<>();
        page.title();
        for (Element element : page.getAllElements()) {
            if (inAnotherLanguage(element) || element.closest("[translate=no]") != null) {
                continue;
            }
            // A text area holds what someone typed, or the stored text they are editing: never the interface's words.
            for (TextNode node : element.is("textarea") ? List.<TextNode>of() : element.textNodes()) {
                if (!node.isBlank()) {
                    texts.add(node.text());
                }
            }
            for (Attribute attribute : element.attributes()) {
                if (READ_ATTRIBUTES.contains(attribute.getKey())) {
                    texts.add(attribute.getValue());
                } else if (attribute.getKey().startsWith("data-msg")) {
                    texts.add(ICU_SYNTAX.matcher(attribute.getValue()).replaceAll(" "));
                }
            }
            if (element.is("input[type=submit], input[type=button]")) {
                texts.add(element.attr("value"));
            }
        }
        return texts;
    }

    private static boolean inAnotherLanguage(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr("lang")) {
                return !at.attr("lang").equals("uk") && !at.tagName().equals("html");
            }
        }
        return false;
    }

    /** A run is someone's writing when it is a piece of the tour's content, word for word, or pieces of it. */
    private static boolean isWritten(String run, Set<String> written) {
        String bare = run.replaceAll("[.,:;!?)(]+$", "").replaceAll("^[(]+", "");
        if (bare.isEmpty() || written.stream().anyMatch(source -> source.contains(bare))) {
            return true;
        }
        // "Ben T: I think…": a name and someone's words, each written by people, put together by the page.
        String[] pieces = bare.split(": ");
        return pieces.length > 1 && java.util.Arrays.stream(pieces).allMatch(piece -> isWritten(piece, written));
    }

    /** Everything people wrote in the tour: the fixtures' and the tour's strings, and the bundled article. */
    private static Set<String> writtenByPeople() throws IOException {
        Set<String> written = new LinkedHashSet<>();
        Path support = Path.of("src/test/java/org/roundtable/support");
        for (String file : List.of("PageTour.java", "Fixtures.java", "People.java")) {
            Path source = support.resolve(file);
            if (Files.exists(source)) {
                Matcher literals = STRING_LITERAL.matcher(Files.readString(source));
                while (literals.find()) {
                    written.add(literals.group(1).replace("\\n", "\n").replace("\\\"", "\""));
                }
            }
        }
        written.add(PageTour.SAMPLE_ARTICLE);
        try (Stream<Path> articles = Files.list(Path.of("src/main/resources/articles"))) {
            for (Path article : articles.toList()) {
                String text = Files.readString(article);
                written.add(text);
                written.add(text.replaceAll("[*_`]", "").replaceAll("\\s+", " "));
            }
        }
        return written;
    }
}
