package org.roundtable.discussion;

import java.util.Comparator;

import org.roundtable.language.Messages;

/** Orders of a discussion's top-level answers. Replies always read oldest first. */
public enum Sort {

    OLDEST("r.createdAt asc, r.id asc",
            Comparator.comparing(PostRow::createdAt).thenComparingLong(PostRow::id)), NEWEST(
                    "r.createdAt desc, r.id desc",
                    Comparator.comparing(PostRow::createdAt).thenComparingLong(PostRow::id).reversed()), REPLIES(
                            "r.replyCount desc, r.createdAt asc, r.id asc",
                            Comparator.comparingInt(PostRow::replyCount).reversed()
                                    .thenComparing(PostRow::createdAt).thenComparingLong(PostRow::id));

    final String orderBy;
    final Comparator<PostRow> comparator;

    Sort(String orderBy, Comparator<PostRow> comparator) {
        this.orderBy = orderBy;
        this.comparator = comparator;
    }

    /** "Oldest first", in the language being spoken. */
    public String label() {
        DiscussionMsg words = Messages.now(DiscussionMsg.class);
        return switch (this) {
            case OLDEST -> words.sortOldest();
            case NEWEST -> words.sortNewest();
            case REPLIES -> words.sortReplies();
        };
    }

    public String param() {
        return EnumParams.param(this);
    }

    public static Sort parse(String value) {
        return EnumParams.parse(Sort.class, value, OLDEST);
    }
}
