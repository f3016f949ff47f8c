package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CsrfMaskTest {

    private static final String TOKEN = SessionBoundCsrf.tokenFor("a-session-token");

    @Test
    void everyMaskIsNewAndStandsForTheToken() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String masked = CsrfMask.mask(TOKEN);
            assertTrue(seen.add(masked), "a mask came twice: " + masked);
            assertFalse(masked.contains(TOKEN), "the token shows through: " + masked);
            assertEquals(TOKEN, CsrfMask.unmask(masked));
            assertTrue(CsrfMask.standsFor(masked, TOKEN));
        }
    }

    @Test
    void aTamperedMaskStandsForNothingUseful() {
        String masked = CsrfMask.mask(TOKEN);
        char last = masked.charAt(masked.length() - 2);
        String tampered = masked.substring(0, masked.length() - 2) + (last == 'A' ? 'B' : 'A')
                + masked.charAt(masked.length() - 1);
        assertFalse(CsrfMask.standsFor(tampered, TOKEN));
    }

    @Test
    void theBareTokenOrAnotherTokensMaskIsRefused() {
        assertFalse(CsrfMask.standsFor(TOKEN, TOKEN), "an unmasked token is not a mask of itself");
        String other = SessionBoundCsrf.tokenFor("another-session");
        assertNotEquals(TOKEN, other);
        assertFalse(CsrfMask.standsFor(CsrfMask.mask(other), TOKEN));
    }

    @Test
    void nothingOrGarbageStandsForNothing() {
        assertFalse(CsrfMask.standsFor(null, TOKEN));
        assertFalse(CsrfMask.standsFor("", TOKEN));
        assertFalse(CsrfMask.standsFor("not base64 !", TOKEN));
        assertFalse(CsrfMask.standsFor(CsrfMask.mask(TOKEN), null));
        assertNull(CsrfMask.unmask("abcd"), "an odd number of bytes");
        assertEquals("", CsrfMask.mask(null));
    }
}
