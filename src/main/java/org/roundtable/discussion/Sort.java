package org.roundtable.discussion;

import java.util.Comparator;

/** Orders of a discussion's top-level answers. Replies always read oldest first. */
public enum Sort {

    OLDEST("Oldest first", "r.createdAt asc, r.id asc",
            Comparator.comparing(PostRow::createdAt).thenComparingLong(PostRow::id)), NEWEST("Newest first",
                    "r.createdAt desc, r.id desc",
                    Comparator.comparing(PostRow::createdAt).thenComparingLong(PostRow::id).reversed()), REPLIES(
                            "Most replies", "r.replyCount desc, r.createdAt asc, r.id asc",
                            Comparator.comparingInt(PostRow::replyCount).reversed()
                                    .thenComparing(PostRow::createdAt).thenComparingLong(PostRow::id));

    public final String label;
    final String orderBy;
    final Comparator<PostRow> comparator;

    Sort(String label, String orderBy, Comparator<PostRow> comparator) {
        this.label = label;
        this.orderBy = orderBy;
        this.comparator = comparator;
    }

    public String param() {
        return EnumParams.param(this);
    }

    public static Sort parse(String value) {
        return EnumParams.parse(Sort.class, value, OLDEST);
    }
}
