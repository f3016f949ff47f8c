package org.roundtable.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET over a socket this class opens itself to an address that was already checked: the socket
 * connects to that {@link InetAddress}, never to a name, so no second DNS lookup can send the request elsewhere
 * (DNS rebinding). TLS runs over that same socket with the host name for SNI and certificate checking. Every
 * read is bounded by the one deadline of the whole fetch.
 */
final class PinnedExchange implements AutoCloseable {

    record Response(int status, Map<String, String> headers) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Socket socket;
    private final InputStream in;

    private PinnedExchange(Socket socket, long deadline) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(new DeadlineInputStream(socket, deadline));
    }

    static PinnedExchange open(FetchTarget target, InetAddress address, long deadline) throws IOException {
        Socket raw = new Socket();
        try {
            raw.connect(new InetSocketAddress(address, target.port()), remaining(deadline));
            Socket socket = raw;
            if (target.https()) {
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(raw,
                        target.host(), target.port(), true);
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!target.host().contains(":") && !target.host().matches("[0-9.]+")) {
                    parameters.setServerNames(List.of(new SNIHostName(target.host())));
                }
                tls.setSSLParameters(parameters);
                tls.setSoTimeout(remaining(deadline));
                tls.startHandshake();
                socket = tls;
            }
            return new PinnedExchange(socket, deadline);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Sends the request and reads the status line and headers. */
    Response get(FetchTarget target) throws IOException {
        String request = "GET " + target.pathAndQuery() + " HTTP/1.1\r\n" + "Host: " + target.hostHeader() + "\r\n"
                + "User-Agent: Roundtable article import\r\n"
                + "Accept: text/html,application/xhtml+xml,text/plain;q=0.9\r\n" + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
            throw new IOException("not an HTTP response");
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return new Response(Integer.parseInt(parts[1]), headers);
    }

    /** The body, at most {@code maxBytes}; null when it is longer (reading stops there). */
    byte[] body(Response response, int maxBytes) throws IOException {
        BoundedBody body = new BoundedBody(maxBytes);
        String encoding = response.header("transfer-encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                if (!body.copy(in, size)) {
                    return null;
                }
                line();
            }
        } else if (response.header("content-length") != null) {
            long length;
            try {
                length = Long.parseLong(response.header("content-length"));
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length");
            }
            if (length > maxBytes || !body.copy(in, length)) {
                return null;
            }
        } else if (!body.copy(in, Long.MAX_VALUE)) {
            return null;
        }
        return body.bytes();
    }

    private long chunkSize() throws IOException {
        String line = line();
        int semicolon = line.indexOf(';');
        try {
            return Long.parseLong((semicolon < 0 ? line : line.substring(0, semicolon)).strip(), 16);
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size");
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1 || line.size() > MAX_HEADER_BYTES) {
                throw new IOException("response cut short");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
    }

    static int remaining(long deadline) throws SocketTimeoutException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new SocketTimeoutException("deadline");
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
