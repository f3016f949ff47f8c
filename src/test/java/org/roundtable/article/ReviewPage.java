package org.roundtable.article;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.roundtable.support.Browser;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The review page's form as a browser fills and sends it: every field in page order, repeated names and all. */
final class ReviewPage {

    static final String REVIEW = "/teach/articles/review";

    private ReviewPage() {
    }

    /** The fields a browser would send, without any button's op. */
    static List<Map.Entry<String, String>> fields(Document page) {
        Element form = page.selectFirst("form#review-form");
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            String type = input.attr("type");
            if (type.equals("checkbox") && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? textareaValue(input) : input.val();
            fields.add(new SimpleEntry<>(input.attr("name"), value));
        }
        return fields;
    }

    /** As a browser reads it: the one newline right after {@code <textarea>} is not part of the value. */
    private static String textareaValue(Element textarea) {
        String text = textarea.wholeText();
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    /** The value of the {@code index}-th (from 0) field called {@code name}. */
    static String value(List<Map.Entry<String, String>> fields, String name, int index) {
        return fields.stream().filter(f -> f.getKey().equals(name)).skip(index).findFirst().orElseThrow().getValue();
    }

    static void set(List<Map.Entry<String, String>> fields, String name, int index, String value) {
        fields.stream().filter(f -> f.getKey().equals(name)).skip(index).findFirst().orElseThrow().setValue(value);
    }

    /** Sends the page's form to {@code action}, after {@code change} edits its fields. */
    static Response send(Browser browser, Document page, String action,
            Consumer<List<Map.Entry<String, String>>> change) {
        List<Map.Entry<String, String>> fields = fields(page);
        change.accept(fields);
        RequestSpecification request = given().redirects().follow(false)
                .cookie("rt_session", browser.cookie("rt_session"))
                .cookie("rt_csrf", browser.cookie("rt_csrf"));
        for (Map.Entry<String, String> field : fields) {
            request.multiPart(new MultiPartSpecBuilder(field.getValue()).controlName(field.getKey())
                    .charset(StandardCharsets.UTF_8).build());
        }
        return request.post(action);
    }

    /** Presses an edit button ({@code merge:3}) and answers the page that comes back. */
    static Document edit(Browser browser, Document page, String op) {
        return edit(browser, page, op, fields -> {
        });
    }

    static Document edit(Browser browser, Document page, String op, Consumer<List<Map.Entry<String, String>>> change) {
        Response response = send(browser, page, REVIEW, fields -> {
            change.accept(fields);
            fields.add(new SimpleEntry<>("op", op));
        });
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), response.asString());
        return Browser.html(response);
    }

    static List<String> headings(Document page) {
        return page.select("input[name=heading]").eachAttr("value");
    }

    static List<String> bodies(Document page) {
        return page.select("textarea[name=body]").stream().map(ReviewPage::textareaValue).toList();
    }

    static List<String> questions(Document page) {
        return page.select("textarea[name=question]").stream().map(ReviewPage::textareaValue).toList();
    }

    static List<Boolean> stances(Document page) {
        return page.select("input[name=stance]").stream().map(box -> box.hasAttr("checked")).toList();
    }
}
