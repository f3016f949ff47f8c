package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The return code is hashed after the join is answered: it opens the student's place on another
 * device at once, while its hash is still being made, and after the hash is written as well.
 */
@QuarkusTest
class ReturnCodeAfterJoiningTest extends FreshData {

    @Test
    void theCodeShownOnTheWelcomePageWorksAtOnceAndIsStoredOnlyAsItsHash() throws Exception {
        Fixtures.TestClass c = fixtures.createClass("Period 4", 0);
        Browser joining = new Browser();
        assertEquals(303, joining.submit("/join", "/join", Map.of("code", c.code(), "name", "Mira S")).statusCode());
        String code = joining.page("/welcome/" + c.id()).select(".return-code").text();
        assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), code);

        assertEquals(303, comeBack(c, "Mira S", code), "at once, on another device");
        assertEquals(400, comeBack(c, "Mira S", code.substring(0, 8) + (code.endsWith("A") ? "B" : "A")),
                "and no other code");

        String hash = storedHash(c, "Mira S", Duration.ofSeconds(30));
        assertTrue(hash.startsWith("$2"), "a bcrypt hash, never the code: " + hash);
        assertTrue(BcryptUtil.matches(code, hash), "of the code that was shown");
        assertTrue(hash.matches("\\$2[aby]?\\$08\\$.*"), "at a return code's cost, 2^8 rounds: " + hash);
        assertEquals(303, comeBack(c, "Mira S", code), "and after it is written");
    }

    private static int comeBack(Fixtures.TestClass c, String name, String code) {
        return new Browser().submit("/return", "/return", Map.of("code", c.code(), "name", name, "returnCode", code))
                .statusCode();
    }

    private static String storedHash(Fixtures.TestClass c, String name, Duration within) throws InterruptedException {
        long until = System.nanoTime() + within.toNanos();
        String hash = null;
        while (hash == null && System.nanoTime() < until) {
            hash = QuarkusTransaction.requiringNew()
                    .call(() -> Enrollment.findByName(Classroom.findById(c.id()), name).returnCodeHash);
            Thread.sleep(hash == null ? 20 : 0);
        }
        assertNotNull(hash, "the hash is written within " + within);
        return hash;
    }
}
