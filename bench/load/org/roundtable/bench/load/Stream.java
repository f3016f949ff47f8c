package org.roundtable.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One open live stream, read on its own thread, noting when each post's event arrives. */
final class Stream implements Runnable {

    private static final Pattern POST = Pattern.compile("^data: ?\\{\"id\":(\\d+)");

    final Map<Long, Long> arrivals = new ConcurrentHashMap<>();
    private final Socket socket;
    private final CountDownLatch ready;

    Stream(int port, String path, String cookie, CountDownLatch ready) throws IOException {
        this.ready = ready;
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(120_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: text/event-stream\r\n"
                + "Cookie: " + cookie + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void run() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            boolean isPost = false;
            while ((line = in.readLine()) != null) {
                long now = System.nanoTime();
                if (line.startsWith("event:")) {
                    isPost = line.contains("post");
                    if (line.contains("ready")) {
                        ready.countDown();
                    }
                }
                Matcher m = POST.matcher(line);
                if (isPost && m.find()) {
                    arrivals.putIfAbsent(Long.parseLong(m.group(1)), now);
                }
            }
        } catch (IOException closed) {
            // closed at the end of the measurement
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
