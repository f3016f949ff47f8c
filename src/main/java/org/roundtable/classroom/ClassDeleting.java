package org.roundtable.classroom;

import java.util.List;

/**
 * A class is about to be deleted, inside the transaction that deletes it: the packages
 * above classroom delete their own rows of it first, in the order their observers'
 * priorities give, so that no foreign key is left pointing at a deleted row.
 *
 * @param leavingAccounts the students who were in no other class, whose accounts go too
 */
public record ClassDeleting(long classId, List<Long> leavingAccounts) {

    /** Observers that hold rows referring to posts (moderation's audit log) go first. */
    public static final int REFERRING_TO_POSTS = 100;
    /** Then the posts and their flags. */
    public static final int POSTS = 200;
}
