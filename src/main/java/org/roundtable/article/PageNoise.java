package org.roundtable.article;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/** Removes what is not the article: navigation, ads, share buttons, "related" lists, forms, scripts, images. */
final class PageNoise {

    private static final String TAGS = "script, style, noscript, template, nav, aside, form, button, input, select, "
            + "textarea, iframe, object, embed, img, picture, figure, svg, video, audio, canvas, menu, dialog, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], [hidden]";

    /** Words in a class or id (split at - and _) that mark an element as not the article. */
    private static final Set<String> WORDS = Set.of("share", "sharing", "social", "related", "recommended",
            "recommendations", "promo", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored",
            "newsletter", "subscribe", "comments", "comment", "breadcrumb", "breadcrumbs", "nav", "navbar",
            "menu", "cookie", "cookies", "popup", "paywall", "banner", "sidebar", "footer", "masthead", "more",
            "trending", "outbrain", "taboola", "widget", "toolbar");

    private PageNoise() {
    }

    static void remove(Element root) {
        root.select(TAGS).remove();
        for (Element e : root.select("[class], [id]")) {
            if (e.parent() != null && e != root && isNoise(e)) {
                e.remove();
            }
        }
    }

    private static boolean isNoise(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[\\s_-]+")) {
            if (WORDS.contains(word)) {
                return !e.normalName().equals("body") && !e.normalName().equals("article")
                        && !e.normalName().equals("main");
            }
        }
        return false;
    }
}
