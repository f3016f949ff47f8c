package org.roundtable.bench.load;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * Someone at a browser during the school day: loads pages and sends forms without a thread
 * of their own, times each answer into the step's recorder, and thinks between them.
 */
abstract class Visitor {

    final Person person;
    final Random random;
    private final ScheduledExecutorService clock;
    private final Supplier<Recorder> recorder;
    volatile boolean running = true;
    private LiveFeed feed;
    private int watching;

    Visitor(Person person, long seed, ScheduledExecutorService clock, Supplier<Recorder> recorder) {
        this.person = person;
        this.random = new Random(seed);
        this.clock = clock;
        this.recorder = recorder;
    }

    /** The visitor's first step; each step schedules the next. */
    abstract void start();

    void stop() {
        running = false;
        watch(null);
    }

    /** Calls the step after a think time with this mean, unless the visitor has left. */
    void after(double meanSeconds, Runnable step) {
        at(Think.millis(random, meanSeconds), step);
    }

    /** Calls the step after this many milliseconds, unless the visitor has left. */
    void at(long millis, Runnable step) {
        if (running) {
            clock.schedule(() -> {
                if (running) {
                    step.run();
                }
            }, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** GETs a page; the body is kept only when asked for (to read a form's token). */
    CompletableFuture<String> page(String path, boolean keepBody) {
        long started = System.nanoTime();
        CompletableFuture<? extends HttpResponse<?>> sent = keepBody
                ? person.site.http().sendAsync(person.request(path).build(), HttpResponse.BodyHandlers.ofString())
                : person.site.http().sendAsync(person.request(path).build(), HttpResponse.BodyHandlers.discarding());
        return sent.handle((response, failure) -> {
            if (failure != null || response.statusCode() != 200) {
                recorder.get().error("GET " + path + ": " + (failure != null ? failure : response.statusCode()));
                return null;
            }
            recorder.get().page(started);
            person.remember(response);
            return keepBody ? (String) response.body() : "";
        });
    }

    /**
     * POSTs a form; answers where its 303 sends the browser, or null when refused. A form the server
     * is too busy for (503 or 429 with Retry-After) is sent again when it says, as a student presses
     * the button again: the time counted is from the first press to the answer.
     */
    CompletableFuture<String> form(String path, Map<String, String> fields) {
        return send(path, fields, System.nanoTime(), Recorder::post);
    }

    /** The join form, timed apart from posts: its bcrypt hash makes it the slow form of a school's first lesson. */
    CompletableFuture<String> joinForm(Map<String, String> fields) {
        return send("/join", fields, System.nanoTime(), Recorder::join);
    }

    private CompletableFuture<String> send(String path, Map<String, String> fields, long started,
            ObjLongConsumer<Recorder> timed) {
        return person.site.http().sendAsync(person.postRequest(path, fields), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long wait = failure == null ? retryAfterSeconds(response) : -1;
                    if (wait >= 0 && running) {
                        recorder.get().toldToWait();
                        CompletableFuture<String> again = new CompletableFuture<>();
                        at(wait * 1000, () -> send(path, fields, started, timed).thenAccept(again::complete));
                        return again;
                    }
                    if (failure != null || response.statusCode() != 303) {
                        recorder.get().error("POST " + path + ": " + (failure != null ? failure
                                : response.statusCode()));
                        return CompletableFuture.<String>completedFuture(null);
                    }
                    timed.accept(recorder.get(), started);
                    person.remember(response);
                    return CompletableFuture.completedFuture(location(response));
                }).thenCompose(answer -> answer);
    }

    /** Seconds a busy server asks the browser to wait before sending the form again; -1 when it did not. */
    private static long retryAfterSeconds(HttpResponse<?> response) {
        boolean busy = response.statusCode() == 503 || response.statusCode() == 429;
        return busy ? response.headers().firstValue("retry-after").map(Long::parseLong).orElse(-1L) : -1;
    }

    /** The path a redirect points to, without its fragment (a browser does not send it). */
    static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("location").orElse("/");
        URI uri = URI.create(location);
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return path + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    static String withoutFragment(String path) {
        int hash = path.indexOf('#');
        return hash < 0 ? path : path.substring(0, hash);
    }

    /** Keeps one live stream open for the page the visitor is on (none for null). */
    synchronized void watch(String eventsPath) {
        int mine = ++watching;
        if (feed != null) {
            feed.close();
            feed = null;
        }
        if (eventsPath != null && running) {
            Runnable reconnect = () -> at(3000, () -> reconnect(eventsPath, mine));
            LiveFeed.open(person, eventsPath, recorder.get(), reconnect).thenAccept(opened -> opened(opened, mine));
        }
    }

    /** The server ended the stream: open it again, as EventSource does, if the visitor is still on the page. */
    private synchronized void reconnect(String eventsPath, int generation) {
        if (generation == watching) {
            watch(eventsPath);
        }
    }

    /** A stream that opened after its reader left the page, or the school day, closes again. */
    private synchronized void opened(LiveFeed opened, int generation) {
        if (running && generation == watching) {
            feed = opened;
        } else {
            opened.close();
        }
    }
}
