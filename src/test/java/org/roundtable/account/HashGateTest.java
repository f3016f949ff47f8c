package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** bcrypt's gate: so many hash at once, so many more wait, and the next one is refused at once. */
class HashGateTest {

    @Test
    void beyondTheAdmittedTheNextHashIsRefusedAtOnceAndLetInAgainWhenOneFinishes() throws Exception {
        HashGate gate = new HashGate(1, 3);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runningAtOnce = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<CompletableFuture<String>> inside = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            inside.add(CompletableFuture.supplyAsync(() -> gate.run(() -> {
                mostAtOnce.accumulateAndGet(runningAtOnce.incrementAndGet(), Math::max);
                await(release);
                runningAtOnce.decrementAndGet();
                return "hashed";
            }), threads));
        }
        waitUntil(() -> gate.free() == 0);

        long before = System.nanoTime();
        Passwords.Busy busy = assertThrows(Passwords.Busy.class, () -> gate.run(() -> "one too many"));
        assertTrue(System.nanoTime() - before < Duration.ofSeconds(1).toNanos(), "refused without waiting");
        assertTrue(busy.retryAfter().compareTo(Duration.ZERO) > 0, "and told to come back later");

        release.countDown();
        for (CompletableFuture<String> hash : inside) {
            assertEquals("hashed", hash.get(10, TimeUnit.SECONDS));
        }
        assertEquals(1, mostAtOnce.get(), "one hash at a time on this gate");
        assertEquals("let in", gate.run(() -> "let in"));
        assertEquals(3, gate.free());
        threads.shutdown();
    }

    @Test
    void aRefusedRequestIsToldHowLongTheHashesInsideAndTheCrowdRefusedBeforeItTake() throws Exception {
        HashGate gate = new HashGate(2, 8);
        gate.run(() -> {
            sleep(50);
            return null;
        });
        Duration wait = gate.queueTime(8);
        assertTrue(wait.compareTo(Duration.ofMillis(200)) >= 0 && wait.compareTo(Duration.ofSeconds(5)) < 0,
                "8 inside, 2 at a time, 50 ms each: about 200 ms, not " + wait);

        HashGate full = new HashGate(1, 1);
        ExecutorService others = Executors.newSingleThreadExecutor(); // other requests, on another thread
        try (Passwords.Turn turn = full.enter()) {
            Duration first = others.submit(() -> refusal(full)).get();
            Duration later = first;
            for (int i = 0; i < 20; i++) {
                later = others.submit(() -> refusal(full)).get();
            }
            assertTrue(later.compareTo(first.multipliedBy(5)) > 0,
                    "twenty more refused in the same second are told to wait longer: " + first + ", " + later);
        }
        others.shutdown();
    }

    private static Duration refusal(HashGate gate) {
        return assertThrows(Passwords.Busy.class, gate::enter).retryAfter();
    }

    @Test
    void aRequestInsideKeepsItsPlaceForItsHashesWhileTheGateIsFull() {
        HashGate gate = new HashGate(1, 1);
        try (Passwords.Turn turn = gate.enter()) {
            assertEquals(0, gate.free());
            assertEquals("counted, then hashed", gate.run(() -> "counted, then hashed"));
            assertEquals("and again", gate.run(() -> "and again"), "a form may hash twice (check, then new)");
            ExecutorService another = Executors.newSingleThreadExecutor(); // another request, on its own thread
            CompletionException refused = assertThrows(CompletionException.class,
                    CompletableFuture.supplyAsync(() -> gate.run(() -> "other"), another)::join);
            assertInstanceOf(Passwords.Busy.class, refused.getCause());
            another.shutdown();
            turn.close();
            turn.close();
            assertEquals(1, gate.free(), "closed once, whatever the calls");
        }
        assertEquals(1, gate.free());
    }

    @Test
    void aGateNeedsRoomForItsOwnHashes() {
        assertThrows(IllegalArgumentException.class, () -> new HashGate(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new HashGate(0, 4));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertTrue(done.getAsBoolean(), "the gate filled");
    }
}
