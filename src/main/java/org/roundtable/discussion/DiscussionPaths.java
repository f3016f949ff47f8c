package org.roundtable.discussion;

import org.roundtable.article.ArticleContent;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;

import io.quarkus.qute.TemplateExtension;

/** Addresses of a discussion and its posts, built in one place so templates never concatenate URLs. */
@TemplateExtension
public class DiscussionPaths {

    /** {@code scope.classPath} → /classes/7 */
    static String classPath(DiscussionScope scope) {
        return ClassroomPaths.studentHome(scope.classroom());
    }

    /** The discussion's article as read in the class. */
    static String articlePath(DiscussionScope scope) {
        return ClassroomPaths.articlePage(scope.classroom(), scope.article().id());
    }

    /** The section a post cites, in its article. */
    static String citePath(DiscussionScope scope, ArticleContent.Section section) {
        return articlePath(scope) + "#" + section.anchor();
    }

    /** Where the answer form keeps its draft before opening a section in the article page ({@link DraftResource}). */
    static String draftPath(DiscussionScope scope) {
        return scope.basePath() + "/draft";
    }

    /**
     * A section in the article page, opened from the discussion with a draft kept: the page links back to the
     * draft ({@link #draftReturn}) at the top and in that section.
     */
    static String readingPath(DiscussionScope scope, ArticleContent.Section section) {
        return articlePath(scope) + "?from=" + scope.discussion().id + "&section=" + section.anchor() + "#"
                + section.anchor();
    }

    /** The discussion page with the viewer's kept draft in its answer form. */
    public static String draftReturn(Classroom classroom, long discussionId) {
        return ClassroomPaths.discussionPage(classroom, discussionId) + "?draft=true#answer-form";
    }

    /** The live stream a page listens to. */
    static String eventsPath(DiscussionScope scope) {
        return scope.basePath() + "/events";
    }

    /** {@code scope.sortPath(s)} → the first page in that order. */
    static String sortPath(DiscussionScope scope, Sort sort) {
        return scope.basePath() + "?sort=" + sort.param();
    }

    static String pagePath(DiscussionScope scope, Sort sort, int page) {
        return sortPath(scope, sort) + "&page=" + page;
    }

    /** A post in its place on a page of the discussion. */
    static String postAnchor(DiscussionScope scope, Sort sort, int page, long postId) {
        return pagePath(scope, sort, page) + "#post-" + postId;
    }

    /** A post in its place, on whichever page the discussion opens with. */
    static String postAnchor(DiscussionScope scope, long postId) {
        return scope.basePath() + "#post-" + postId;
    }

    /** The page with a thread shown whole, at its answer ("show N more replies"). */
    static String threadPath(DiscussionScope scope, Sort sort, int page, long rootId) {
        return pagePath(scope, sort, page) + "&thread=" + rootId + "#post-" + rootId;
    }

    /** The page with the reply form open under a post. */
    static String replyPath(DiscussionScope scope, Sort sort, int page, long postId) {
        return pagePath(scope, sort, page) + "&reply=" + postId + "#reply-form";
    }

    /** Where "did the discussion change your mind?" stands on the page. */
    static String mindsAnchor(DiscussionScope scope) {
        return scope.basePath() + "#minds";
    }

    /** {@code scope.stancePath('before')} → …/stance/before, where the student says where they stand. */
    static String stancePath(DiscussionScope scope, String when) {
        return scope.basePath() + "/stance/" + when;
    }

    /** {@code scope.postPath(entry.id, 'edit')} → …/posts/12/edit */
    static String postPath(DiscussionScope scope, long postId, String action) {
        return scope.postAction(postId, action);
    }
}
