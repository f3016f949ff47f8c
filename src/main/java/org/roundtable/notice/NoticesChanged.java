package org.roundtable.notice;

/**
 * This account's unread count may have changed, inside the transaction that changed it: a notice was written (it
 * may not show yet: a reply waiting for approval), a reply it tells of was reviewed, or the reader marked all read.
 * Observed by {@code live/LiveEvents}, which sends the new count to the reader's open pages once it is committed.
 */
public record NoticesChanged(long accountId) {
}
