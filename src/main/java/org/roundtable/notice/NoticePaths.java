package org.roundtable.notice;

import io.quarkus.qute.TemplateExtension;

/** The addresses of "What's new": {@code {notices:page}}, {@code {notices:markRead}} and the live count, {@code {notices:events}}. */
@TemplateExtension(namespace = "notices")
public final class NoticePaths {

    public static final String PAGE = "/whats-new";
    static final String MARK_READ = PAGE + "/read";
    /** The signed-in person's unread count, live (Server-Sent Events). */
    public static final String EVENTS = PAGE + "/events";

    private NoticePaths() {
    }

    static String page() {
        return PAGE;
    }

    static String markRead() {
        return MARK_READ;
    }

    static String events() {
        return EVENTS;
    }
}
