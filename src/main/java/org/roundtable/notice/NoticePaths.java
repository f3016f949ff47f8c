package org.roundtable.notice;

import io.quarkus.qute.TemplateExtension;

/** The addresses of "What's new": {@code {notices:page}} and {@code {notices:markRead}}. */
@TemplateExtension(namespace = "notices")
public final class NoticePaths {

    public static final String PAGE = "/whats-new";
    static final String MARK_READ = PAGE + "/read";

    private NoticePaths() {
    }

    static String page() {
        return PAGE;
    }

    static String markRead() {
        return MARK_READ;
    }
}
