package org.roundtable.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.roundtable.fetch.FetchRefusedException.Reason;

/** One address to fetch, taken apart: scheme, host (without IPv6 brackets), port, and the path to ask for. */
record FetchTarget(URI uri, boolean https, String host, int port, String pathAndQuery) {

    static FetchTarget of(String address) throws FetchRefusedException {
        String text = address == null ? "" : address.strip();
        if (!text.isEmpty() && !text.contains("://") && !text.contains(":")) {
            text = "https://" + text; // "example.org/news" as typed into a browser
        }
        try {
            return of(new URI(new URI(text).toASCIIString()));
        } catch (URISyntaxException e) {
            throw new FetchRefusedException(Reason.NOT_A_WEB_ADDRESS);
        }
    }

    static FetchTarget of(URI uri) throws FetchRefusedException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new FetchRefusedException(Reason.NOT_A_WEB_ADDRESS);
        }
        boolean https = scheme.equals("https");
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new FetchTarget(uri, https, host, port, path + query);
    }

    boolean defaultPort() {
        return port == (https ? 443 : 80);
    }

    /** The Host header: the name as written, brackets around IPv6, the port when it is not the usual one. */
    String hostHeader() {
        String name = host.contains(":") ? "[" + host + "]" : host;
        return defaultPort() ? name : name + ":" + port;
    }

    /** The address a redirect points to, relative to this one. */
    FetchTarget resolve(String location) throws FetchRefusedException {
        try {
            return of(uri.resolve(new URI(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchRefusedException(Reason.NOT_A_WEB_ADDRESS);
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
