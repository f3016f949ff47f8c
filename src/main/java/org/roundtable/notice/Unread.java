package org.roundtable.notice;

import io.quarkus.hibernate.orm.panache.Panache;
import io.vertx.core.json.JsonObject;

/**
 * The header's count of a person's unread notices, as every page and the live count show it: told as it is up to
 * 99, then "99+". It is counted only one past that, so a page reads at most a hundred notices however many pile up
 * (a popular post, a teacher back from a week away, a classmate replying to every post), where counting them all
 * made each page slower with every notice.
 *
 * @param count the unread notices the reader is shown, up to {@link #SHOWN_UP_TO} + 1
 */
public record Unread(int count) {

    /** The largest count told as it is. */
    static final int SHOWN_UP_TO = 99;

    /** This person's unread notices they may be shown, under the list's own rule ({@link Notice#SHOWN}). */
    public static Unread of(long accountId) {
        int counted = Panache.getEntityManager().createQuery("select n.id " + Notice.FROM
                + "where n.account.id = :viewer and n.readAt is null and " + Notice.SHOWN, Long.class)
                .setParameter("viewer", accountId).setMaxResults(SHOWN_UP_TO + 1).getResultList().size();
        return new Unread(counted);
    }

    /** More than the header tells as a number. */
    public boolean more() {
        return count > SHOWN_UP_TO;
    }

    /** "7", or "99+" past 99. */
    public String label() {
        return more() ? SHOWN_UP_TO + "+" : Integer.toString(count);
    }

    /** What a notice stream sends: {@code {"count": 100, "label": "99+"}}. */
    public String json() {
        return new JsonObject().put("count", count).put("label", label()).encode();
    }
}
