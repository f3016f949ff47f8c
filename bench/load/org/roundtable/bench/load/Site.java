package org.roundtable.bench.load;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

/** The server under test as the clients see it: its address and one shared HTTP client. */
record Site(String base, int port, HttpClient http) {

    static Site of(Server server) {
        return new Site(server.base, server.port, client(null));
    }

    /** HTTP/1.1 like a browser's page loads, no redirects followed (a 303 is the answer). */
    static HttpClient client(Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10));
        if (executor != null) {
            builder.executor(executor);
        }
        return builder.build();
    }
}
