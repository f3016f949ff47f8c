package org.roundtable.account;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a sign-in may send the browser next: only a path on this site. Anything else
 * (another host, {@code //host}, a backslash or control character that browsers read
 * as a slash or drop) would turn the sign-in page into an open redirect, and a line break
 * would not even make a valid {@code Location}.
 */
public final class LocalPaths {

    static final int MAX_LENGTH = 1000;

    private LocalPaths() {
    }

    /** The path if it is safe to redirect to, else null. */
    public static String orNull(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH
                || !next.startsWith("/") || next.startsWith("//")) {
            return null;
        }
        if (next.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || c == '\\')) {
            return null;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
