package org.roundtable.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every pause length reads as counted English, whatever the count. */
class MuteLabelsTest {

    @Test
    void minutesHoursDaysAndWeeksAreCountedWith0And1And2() {
        assertEquals("0 minutes", MuteLabels.describe(0));
        assertEquals("1 minute", MuteLabels.describe(1));
        assertEquals("2 minutes", MuteLabels.describe(2));
        assertEquals("1 hour", MuteLabels.describe(60));
        assertEquals("2 hours", MuteLabels.describe(120));
        assertEquals("1 day", MuteLabels.describe(24 * 60));
        assertEquals("2 days", MuteLabels.describe(2 * 24 * 60));
        assertEquals("1 week", MuteLabels.describe(7 * 24 * 60));
        assertEquals("2 weeks", MuteLabels.describe(14 * 24 * 60));
    }
}
