package org.roundtable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @Test
    void pathsOnThisSiteAreKept() {
        assertEquals("/teach", LocalPaths.orNull("/teach"));
        assertEquals("/classes/4/discussions/9?sort=newest#post-3",
                LocalPaths.orNull("/classes/4/discussions/9?sort=newest#post-3"));
        assertEquals("/", LocalPaths.orNull("/"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteIsDropped() {
        for (String next : new String[] { null, "", "teach", "//evil.example", "///evil.example",
                "https://evil.example/", "javascript:alert(1)", "/\\evil.example", "\\/evil.example",
                "/\t/evil.example", "/\n/evil.example", "/ /evil.example", " /teach", "/teach\u007f",
                "/" + "a".repeat(LocalPaths.MAX_LENGTH) }) {
            assertNull(LocalPaths.orNull(next), "refused: " + next);
        }
    }
}
