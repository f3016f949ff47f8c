package org.roundtable.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.roundtable.support.ClassWithStudents;
import org.roundtable.support.People.Person;

/** The class of the notice tests, with the steps they take: write through the forms, read "What's new". */
abstract class NoticeScene extends ClassWithStudents {

    static final String PAGE = "/whats-new";

    NoticeScene() {
        super("notices", "Notices", "Ana Real", "Ben Real");
    }

    /** The notices this person's page shows. */
    static List<Element> notices(Person person) {
        return person.browser().page(PAGE).select("li.notice-item");
    }

    /** What the header of any page says is new, as shown ("7", "99+"); "0" when the count is hidden. */
    static String headerText(Document page) {
        Element count = page.selectFirst(".notice-count");
        return count == null || count.hasAttr("hidden") ? "0" : count.selectFirst("[data-notice-count]").text();
    }

    /** The header's number, where it is one. */
    static int headerCount(Document page) {
        return Integer.parseInt(headerText(page));
    }

    /** What the header of the class home says is new, as shown. */
    String headerText(Person person) {
        return headerText(person.browser().page("/classes/" + c.id()));
    }

    int headerCount(Person person) {
        return Integer.parseInt(headerText(person));
    }

    /** The one notice of the page that says this; fails when there is none or more. */
    static Element only(Person person, String saying) {
        List<Element> matching = notices(person).stream().filter(n -> n.text().contains(saying)).toList();
        assertEquals(1, matching.size(), "notices saying \"" + saying + "\": " + notices(person));
        return matching.get(0);
    }

    static boolean any(Person person, String saying) {
        return notices(person).stream().anyMatch(n -> n.text().contains(saying));
    }

    void preModeration(boolean on) {
        fixtures.configure(c.id(), k -> k.preModeration = on);
    }
}
