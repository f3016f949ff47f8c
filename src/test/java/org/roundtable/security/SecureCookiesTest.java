package org.roundtable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roundtable.support.Browser;
import org.roundtable.support.Fixtures;
import org.roundtable.support.FreshData;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Behind TLS (ROUNDTABLE_SECURE_COOKIES=true): Secure cookies, the __Host- prefix, and HSTS. */
@QuarkusTest
@TestProfile(SecureCookiesTest.Tls.class)
class SecureCookiesTest extends FreshData {

    public static class Tls implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("roundtable.secure-cookies", "true");
        }
    }

    @Test
    void theSessionAndCsrfCookiesAreHostBoundAndSecureAndPagesAskForHttps() {
        Fixtures.TestClass c = fixtures.createClass("Secure", 0);
        Browser browser = new Browser();
        String csrf = browser.get("/join").headers().getValues("Set-Cookie").stream()
                .filter(v -> v.startsWith("__Host-rt_csrf=")).findFirst().orElseThrow();
        assertTrue(csrf.toLowerCase().contains("secure"), "the CSRF cookie is Secure too: " + csrf);
        assertTrue(csrf.contains("Path=/") && !csrf.toLowerCase().contains("domain="), "and host-bound: " + csrf);
        Response joined = browser.submit("/join", "/join", Map.of("code", c.code(), "name", "Tess"));
        assertEquals(303, joined.statusCode());
        String session = joined.headers().getValues("Set-Cookie").stream()
                .filter(v -> v.startsWith("__Host-rt_session=")).findFirst().orElseThrow();
        String lower = session.toLowerCase();
        assertTrue(lower.contains(";secure"), session);
        assertTrue(lower.contains(";httponly"), session);
        assertTrue(session.contains(";Path=/;"), session);
        assertTrue(!lower.contains("domain="), "a __Host- cookie names no domain");
        assertEquals("max-age=31536000", new Browser().get("/").header("Strict-Transport-Security"));
    }
}
