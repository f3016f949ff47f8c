package org.roundtable.overview;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.article.ArticleContent;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.discussion.AuthorNames;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostStatus;
import org.roundtable.discussion.Stance;

/** Posts as teachers read them in transcripts and exports: real names, every status labelled. */
public final class Transcript {

    public record Entry(long postId, Long parentId, String parentAuthor, String author, boolean teacherAuthor,
            int questionPosition, String questionText, String bodyHtml, int words, Stance stance,
            ArticleContent.Section section, PostStatus status, boolean endorsed, String hiddenReason,
            Instant createdAt, Instant editedAt) {

        public boolean isReply() {
            return parentId != null;
        }

        /** The status in the teacher's words: {@link PostStatus#label}. */
        public String statusLabel() {
            return status.label();
        }
    }

    private Transcript() {
    }

    /** All posts of one student in a class, in question order, oldest first within a question. */
    public static List<Entry> ofStudent(Classroom classroom, long accountId, ArticleLibrary library) {
        List<Post> posts = Post.list("from Post p join fetch p.discussion d join fetch d.question q "
                + "left join fetch p.parent par where d.classroom.id = ?1 and p.author.id = ?2 "
                + "order by q.position, d.id, p.createdAt", classroom.id, accountId);
        return entries(classroom, posts, library);
    }

    /** The same for one assignment: what a teacher grades (questions taken away included, posts kept). */
    public static List<Entry> ofStudentInAssignment(Classroom classroom, long accountId, long assignmentId,
            ArticleLibrary library) {
        List<Post> posts = Post.list("from Post p join fetch p.discussion d join fetch d.question q "
                + "left join fetch p.parent par where d.classroom.id = ?1 and p.author.id = ?2 "
                + "and d.assignment.id = ?3 order by q.position, d.id, p.createdAt", classroom.id, accountId,
                assignmentId);
        return entries(classroom, posts, library);
    }

    /** A whole discussion, threads in order: answers oldest first, each followed by its replies. */
    public static List<Entry> ofDiscussion(Classroom classroom, Discussion discussion, ArticleLibrary library) {
        List<Post> posts = Post.list("from Post p join fetch p.discussion d join fetch d.question "
                + "left join fetch p.parent where d.id = ?1 order by p.createdAt, p.id", discussion.id);
        Map<Long, Instant> rootStart = new HashMap<>();
        posts.stream().filter(Post::isAnswer).forEach(p -> rootStart.put(p.id, p.createdAt));
        posts = posts.stream().sorted(Comparator
                .comparing((Post p) -> rootStart.getOrDefault(p.rootId, p.createdAt))
                .thenComparing(p -> p.rootId == null ? 0L : p.rootId)
                .thenComparing(p -> p.isAnswer() ? 0 : 1)
                .thenComparing(p -> p.createdAt)).toList();
        return entries(classroom, posts, library);
    }

    private static List<Entry> entries(Classroom classroom, List<Post> posts, ArticleLibrary library) {
        AuthorNames names = AuthorNames.of(classroom.id);
        return posts.stream().map(p -> {
            ArticleContent article = library.get(p.discussion.question.article.id);
            return new Entry(p.id, p.parent == null ? null : p.parent.id, p.parent == null ? null : names.of(p.parent),
                    names.of(p), p.author != null && p.author.isTeacher(), p.discussion.question.position,
                    p.discussion.question.text, p.bodyHtml, p.wordCount, p.stance,
                    p.section == null ? null : article.section(p.section.id), p.status, p.endorsed, p.hiddenReason,
                    p.createdAt, p.editedAt);
        }).toList();
    }
}
