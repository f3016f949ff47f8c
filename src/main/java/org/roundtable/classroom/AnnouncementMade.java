package org.roundtable.classroom;

/** A teacher posted an announcement to a class, inside the transaction that stored it. Observed by the students' notices. */
public record AnnouncementMade(long classId, long announcementId) {
}
