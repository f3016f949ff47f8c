package org.roundtable.notice;

/**
 * A notice for this account was written, inside the transaction that wrote it (it may not show yet: a reply
 * waiting for approval). Observed by the live stream of the reader's unread count.
 */
public record NoticesChanged(long accountId) {
}
