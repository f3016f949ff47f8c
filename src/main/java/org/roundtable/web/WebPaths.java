package org.roundtable.web;

import org.roundtable.account.AccountPaths;

import io.quarkus.qute.TemplateExtension;

/** The start page's address, for {@link HomeResource} and the layout's links ({@code {web:home}}). */
@TemplateExtension(namespace = "web")
public final class WebPaths {

    public static final String HOME = AccountPaths.SITE_HOME;

    private WebPaths() {
    }

    static String home() {
        return HOME;
    }
}
