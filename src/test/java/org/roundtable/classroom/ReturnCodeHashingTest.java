package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;

/** A new return code counts while it waits for its hash, and only then. */
class ReturnCodeHashingTest {

    @Test
    void aWaitingCodeOpensItsOwnPlaceOnlyWhileThePlaceHasNoHash() throws Exception {
        ScheduledExecutorService held = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch never = new CountDownLatch(1);
        held.execute(() -> {
            try {
                never.await(); // the hasher is busy: whatever comes next waits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ReturnCodeHashing hashing = new ReturnCodeHashing(held);
        Enrollment ana = place(1L, null);
        Enrollment ben = place(2L, null);
        hashing.hashLater(ana.id, "ABCD-EFGH");

        assertEquals(1, hashing.waitingCount());
        assertTrue(hashing.matchesWaiting(ana, "ABCD-EFGH"), "Ana's own code, before its hash is written");
        assertFalse(hashing.matchesWaiting(ana, "ABCD-EFGJ"), "not a code one letter off");
        assertFalse(hashing.matchesWaiting(ben, "ABCD-EFGH"), "not someone else's place");
        assertFalse(hashing.matchesWaiting(null, "ABCD-EFGH"), "not a name nobody has");
        assertFalse(hashing.matchesWaiting(ana, null));
        assertFalse(hashing.matchesWaiting(place(1L, "$2a$10$a hash the teacher gave since"), "ABCD-EFGH"),
                "not once the place has a hash: a code the teacher gave since replaces it");
        assertTrue(hashing.hasRoom());
        held.shutdownNow();
    }

    private static Enrollment place(Long id, String hash) {
        Enrollment enrollment = new Enrollment();
        enrollment.id = id;
        enrollment.returnCodeHash = hash;
        return enrollment;
    }
}
