package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The discussion's messages that carry a count read right with 0, 1 and 2. */
@io.quarkus.test.junit.QuarkusTest
class CountedMessagesTest {

    @Test
    void editWindowMessage() {
        assertTrue(PostEdits.windowClosed(0).startsWith("Posts can be changed for 0 minutes after posting."));
        assertTrue(PostEdits.windowClosed(1).startsWith("Posts can be changed for 1 minute after posting."));
        assertTrue(PostEdits.windowClosed(2).startsWith("Posts can be changed for 2 minutes after posting."));
    }

    @Test
    void slowModeMessage() {
        assertTrue(Posting.slowModeMessage(0).contains("post again in 0 seconds."));
        assertTrue(Posting.slowModeMessage(1).contains("post again in 1 second."));
        assertTrue(Posting.slowModeMessage(2).contains("post again in 2 seconds."));
    }

    @Test
    void progressCountsClassmates() {
        assertEquals("Answered", new Progress(true, 0, false).label());
        assertEquals("Answered, replied to 1 classmate", new Progress(true, 1, false).label());
        assertEquals("Answered, replied to 2 classmates", new Progress(true, 2, false).label());
    }
}
