package org.roundtable.article;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a saved page says about itself in its head: title, description, date, site name, address. */
record PageMeta(String title, String dek, LocalDate date, String source, String url) {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\u2013\u2014·-]\\s+[^|\u2013\u2014·]+$");

    static PageMeta of(Document doc, String pageUrl) {
        String url = firstWebAddress(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"),
                pageUrl);
        String site = meta(doc, "og:site_name");
        if (site.isEmpty() && url != null) {
            site = host(url);
        }
        return new PageMeta(title(doc, site), first(meta(doc, "description"), meta(doc, "og:description")),
                date(doc), site.isEmpty() ? null : site, url);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException notAnAddress) {
            return "";
        }
    }

    private static String title(Document doc, String site) {
        String og = meta(doc, "og:title");
        if (!og.isEmpty()) {
            return withoutSite(og, site);
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return withoutSite(doc.title(), site);
    }

    /** "Talks resume | The Daily Planet" without " | The Daily Planet". */
    static String withoutSite(String title, String site) {
        String t = title.strip();
        if (!site.isEmpty() && t.endsWith(site) && t.length() > site.length()) {
            String rest = t.substring(0, t.length() - site.length()).stripTrailing();
            return rest.replaceFirst("\\s*[|\u2013\u2014·:-]$", "").strip();
        }
        Matcher suffix = SITE_SUFFIX.matcher(t);
        return suffix.find() && suffix.start() > 0 ? t.substring(0, suffix.start()).strip() : t;
    }

    private static LocalDate date(Document doc) {
        for (Element time : doc.select("time[datetime]")) {
            LocalDate d = parse(time.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        LocalDate d = parse(meta(doc, "article:published_time"));
        if (d != null) {
            return d;
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find() && (d = parse(m.group(1))) != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            Matcher m = ISO_DATE.matcher(text);
            try {
                return m.find() ? LocalDate.parse(m.group(1)) : null;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? "" : e.attr("content").strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String firstWebAddress(String... values) {
        for (String v : values) {
            if (v != null && v.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
                return v;
            }
        }
        return null;
    }
}
