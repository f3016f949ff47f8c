package org.roundtable.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.roundtable.fetch.FetchRefusedException.Reason;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.net.ssl.SSLException;

/**
 * Reads a public web page for the "a web address" way in, without becoming a way into the school's network: only
 * http and https on ports 80 and 443, every address a name resolves to must be public ({@link PublicAddresses}),
 * the request goes to the address that was checked ({@link PinnedExchange}), redirects are followed by hand and
 * checked again (at most 5), and the whole fetch stops at 5 MB and after 10 seconds. Hosts (and ports) an admin
 * lists in {@code roundtable.import.allowed-hosts} skip the port and address checks.
 */
@ApplicationScoped
public class ArticleFetcher {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;

    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private final Set<String> allowedHosts;
    private final Duration timeout;

    @Inject
    public ArticleFetcher(@ConfigProperty(name = "roundtable.import.allowed-hosts") Optional<List<String>> allowedHosts,
            @ConfigProperty(name = "roundtable.import.timeout", defaultValue = "10s") Duration timeout) {
        this.allowedHosts = allowedHosts.orElse(List.of()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.timeout = timeout;
    }

    /** The page at {@code address}, after redirects; refused with a message for the teacher otherwise. */
    public FetchedPage fetch(String address) throws FetchRefusedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        FetchTarget target = FetchTarget.of(address);
        for (int redirects = 0;; redirects++) {
            InetAddress pinned = check(target);
            try (PinnedExchange exchange = PinnedExchange.open(target, pinned, deadline)) {
                PinnedExchange.Response response = exchange.get(target);
                if (isRedirect(response.status())) {
                    target = redirectTarget(target, response, redirects);
                    continue;
                }
                return page(exchange, response, target);
            } catch (SocketTimeoutException e) {
                throw FetchRefusedException.tooSlow(Math.max(1, timeout.toSeconds()));
            } catch (SSLException e) {
                throw new FetchRefusedException(Reason.CERTIFICATE, e);
            } catch (IOException e) {
                throw new FetchRefusedException(Reason.UNREACHABLE, e);
            }
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where a redirect points, refused when it names no place or there have been too many. */
    private static FetchTarget redirectTarget(FetchTarget target, PinnedExchange.Response response, int redirects)
            throws FetchRefusedException {
        String location = response.header("location");
        if (location == null) {
            throw new FetchRefusedException(Reason.BAD_ANSWER);
        }
        if (redirects == MAX_REDIRECTS) {
            throw new FetchRefusedException(Reason.TOO_MANY_REDIRECTS);
        }
        return target.resolve(location);
    }

    /** The page of a final answer: a success, of a page type and not too large. */
    private static FetchedPage page(PinnedExchange exchange, PinnedExchange.Response response, FetchTarget target)
            throws IOException, FetchRefusedException {
        int status = response.status();
        if (status < 200 || status > 299) {
            throw FetchRefusedException.status(status);
        }
        String contentType = mediaType(response.header("content-type"));
        if (!PAGE_TYPES.contains(contentType)) {
            throw new FetchRefusedException(Reason.NOT_A_PAGE);
        }
        byte[] body = exchange.body(response, MAX_BYTES);
        if (body == null) {
            throw new FetchRefusedException(Reason.TOO_LARGE);
        }
        return new FetchedPage(decode(body, response.header("content-type"), contentType), contentType,
                target.toString());
    }

    /**
     * The address to connect to: the port must be 80 or 443 and every address the name has must be public,
     * unless the admin allowed this host (or host:port). Looked up once here; the connection uses the result.
     */
    private InetAddress check(FetchTarget target) throws FetchRefusedException {
        boolean allowed = allowedHosts.contains(target.host()) && target.defaultPort()
                || allowedHosts.contains(target.hostHeader())
                || allowedHosts.contains(target.host() + ":" + target.port());
        if (!allowed && !target.defaultPort()) {
            throw new FetchRefusedException(Reason.PORT);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(target.host());
        } catch (UnknownHostException e) {
            throw new FetchRefusedException(Reason.UNKNOWN_HOST, e);
        }
        if (!allowed) {
            for (InetAddress address : addresses) {
                if (!PublicAddresses.isPublic(address)) {
                    throw new FetchRefusedException(Reason.PRIVATE_NETWORK);
                }
            }
        }
        return addresses[0];
    }

    private static String mediaType(String header) {
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset the header names, else one a meta tag near the top names, else UTF-8. */
    private static String decode(byte[] body, String header, String contentType) {
        Charset charset = charset(header);
        if (charset == null && !contentType.equals("text/plain")) {
            String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher meta = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE)
                    .matcher(head);
            charset = meta.find() ? charset(meta.group()) : null;
        }
        String text = new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Charset charset(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(text);
        try {
            return m.find() && Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
