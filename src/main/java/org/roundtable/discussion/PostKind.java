package org.roundtable.discussion;

/**
 * HQL: which posts are answers and which are replies ({@link Post#isAnswer}), one rule for every query. It says
 * it by depth (0 for an answer), not by a missing parent, though both mean the same: a missing parent is one key
 * of the parent's index shared by every answer in the school, and H2's planner takes it for a rare key once its
 * statistics know that posts have many parents. A page asking for one student's answers in one discussion then
 * read every answer of every class, once per discussion page and once per notice in the header. By depth, the
 * databases go by author, discussion and depth ({@code post_author_answers}) or by discussion and depth in page
 * order ({@code post_page}).
 */
public final class PostKind {

    private PostKind() {
    }

    /** HQL: {@code post} is an answer. */
    public static String answerHql(String post) {
        return post + ".depth = 0";
    }

    /** HQL: {@code post} is a reply. */
    public static String replyHql(String post) {
        return post + ".depth > 0";
    }
}
