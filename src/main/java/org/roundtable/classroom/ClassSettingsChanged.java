package org.roundtable.classroom;

/**
 * The teacher saved a class's settings, inside the transaction that saved them. Observed
 * where readers hold views opened under the old settings (live streams), which end.
 */
public record ClassSettingsChanged(long classId) {
}
