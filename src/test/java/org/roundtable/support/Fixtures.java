package org.roundtable.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.roundtable.account.Account;
import org.roundtable.account.Passwords;
import org.roundtable.account.UserSession;
import org.roundtable.article.Article;
import org.roundtable.article.ArticleFormatException;
import org.roundtable.article.ArticleMarkdown;
import org.roundtable.article.ArticleSection;
import org.roundtable.article.ParsedArticle;
import org.roundtable.article.ParsedQuestion;
import org.roundtable.article.Question;
import org.roundtable.classroom.Announcement;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.JoinCodes;
import org.roundtable.discussion.Flag;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostDraft;
import org.roundtable.discussion.PostQuote;
import org.roundtable.discussion.PostStatus;
import org.roundtable.discussion.Stance;
import org.roundtable.discussion.StanceChange;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Test data written straight to the database, so each test starts from a known state. */
@ApplicationScoped
public class Fixtures {

    @Inject
    MovableClock clock;

    public static final String BUNDLED_SLUG = "istanbul-peace-talks";

    /** A class with the bundled article and its four questions (in the article's order) assigned. */
    public record TestClass(long id, String code, long assignmentId, List<Long> questions, List<Long> discussions,
            long articleId, List<Long> sections) {

        public String discussionPath(int questionNumber) {
            return "/classes/" + id + "/discussions/" + discussions.get(questionNumber - 1);
        }
    }

    /** Removes everything but the bundled article. */
    @Transactional
    public void reset() {
        clock.reset();
        Panache.getEntityManager().createNativeQuery("update post set parent_id = null").executeUpdate();
        Panache.getEntityManager().createNativeQuery("delete from moderation_action").executeUpdate();
        Panache.getEntityManager().createNativeQuery("delete from feedback").executeUpdate();
        Panache.getEntityManager().createNativeQuery("delete from throttle").executeUpdate();
        PostQuote.deleteAll();
        PostDraft.deleteAll();
        Flag.deleteAll();
        Post.deleteAll();
        Discussion.deleteAll();
        Question.delete("assignmentId is not null");
        Assignment.deleteAll();
        removeImportedArticles();
        Enrollment.deleteAll();
        UserSession.deleteAll();
        Classroom.deleteAll();
        Account.deleteAll();
    }

    public TestClass createClass(String name, int slowModeSeconds) {
        return createClass(name, slowModeSeconds, null);
    }

    /** A teacher account; returns its id. */
    public long teacher(String username, String password, boolean admin) {
        return teacher(username, "Teacher " + username, password, admin);
    }

    /** A fresh database with one teacher, whose password is {@link People#PASSWORD}; returns its id. */
    public long onlyTeacher(String username) {
        reset();
        return teacher(username, People.PASSWORD, false);
    }

    @Transactional
    public long teacher(String username, String displayName, String password, boolean admin) {
        return Account.newTeacher(username, displayName, password, admin, clock.instant()).id;
    }

    @Transactional
    public TestClass createClass(String name, int slowModeSeconds, Long teacherId) {
        Article article = Article.findBySlug(BUNDLED_SLUG);
        Account teacher = teacherId == null ? null : Account.findById(teacherId);
        Classroom classroom = Classroom.create(name, JoinCodes.newUniqueJoinCode(), teacher, slowModeSeconds,
                clock.instant());
        Assignment assignment = Assignment.create(classroom, article, clock.instant());
        List<Long> questions = new ArrayList<>();
        List<Long> discussions = new ArrayList<>();
        for (Question question : Question.listFor(article)) {
            questions.add(question.id);
            discussions.add(Discussion.open(assignment, question).id);
        }
        List<Long> sections = ArticleSection.listFor(article).stream().map(s -> s.id).toList();
        return new TestClass(classroom.id, classroom.joinCode, assignment.id, questions, discussions, article.id,
                sections);
    }

    /** Takes away every article but the bundled one, with their sections and questions. */
    @Transactional
    public void removeImportedArticles() {
        Article.delete("slug <> ?1", BUNDLED_SLUG);
    }

    /** An article the teacher imported, and so may edit. */
    @Transactional
    public long importedArticle(long teacherId, String markdown) {
        try {
            ParsedArticle parsed = ArticleMarkdown.parse(markdown);
            Article article = Article.findBySlug(parsed.slug());
            if (article == null) {
                article = Article.publish(parsed, markdown,
                        parsed.questions().stream().map(ParsedQuestion::stanceEnabled).toList(), clock.instant());
            }
            article.importedBy = teacherId;
            return article.id;
        } catch (ArticleFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Asks each student of the assignment to reply to this many classmates, with no reply due date. */
    @Transactional
    public void requireReplies(long assignmentId, int classmates) {
        Assignment.<Assignment>findById(assignmentId).requiredReplies = classmates;
    }

    @Transactional
    public void configure(long classId, Consumer<Classroom> change) {
        change.accept(Classroom.findById(classId));
    }

    /** A student enrolled directly, with a known return code. */
    @Transactional
    public long enrol(long classId, String name, String returnCode) {
        Classroom classroom = Classroom.findById(classId);
        Account account = Account.newStudent(name, clock.instant());
        Enrollment enrollment = Enrollment.create(classroom, account, name, Passwords.hashReturnCode(returnCode),
                clock.instant());
        // A pseudonym tests can recognise, instead of a random one.
        enrollment.pseudonym = "Pseudo " + name.hashCode();
        return account.id;
    }

    /** A session for the account; returns the cookie value. */
    @Transactional
    public String signIn(long accountId) {
        return UserSession.open(Account.findById(accountId), clock.instant());
    }

    /** Writes a post directly (no slow mode, no form), counting it like the app does. */
    @Transactional
    public long post(long discussionId, long authorId, Long parentId, String body, Instant at) {
        Post parent = parentId == null ? null : Post.findById(parentId);
        return Post.write(Discussion.findById(discussionId), Account.findById(authorId), parent, body, null, null,
                PostStatus.PUBLISHED, null, at).id;
    }

    public long post(long discussionId, long authorId, Long parentId, String body) {
        return post(discussionId, authorId, parentId, body, clock.instant());
    }

    /** Where a student stood before reading a discussion and stands after it, written directly. */
    @Transactional
    public void stance(long discussionId, long accountId, Stance before, Stance after, String reason,
            Long creditedPostId) {
        StanceChange stance = StanceChange.before(Discussion.findById(discussionId), Account.findById(accountId),
                before, clock.instant());
        if (after != null) {
            stance.change(after, reason, creditedPostId == null ? null : Post.findById(creditedPostId),
                    clock.instant());
        }
    }

    @Transactional
    public Post find(long postId) {
        Post post = Post.findById(postId);
        if (post != null) {
            post.discussion.id.longValue();
        }
        return post;
    }

    @Transactional
    public Discussion discussion(long id) {
        return Discussion.findById(id);
    }

    /** The text of a discussion's question as stored. */
    @Transactional
    public String questionText(long discussionId) {
        return Discussion.<Discussion>findById(discussionId).question.text;
    }

    @Transactional
    public long count(Class<?> entity) {
        return Panache.getEntityManager()
                .createQuery("select count(e) from " + entity.getSimpleName() + " e", Long.class).getSingleResult();
    }

    /** Gives a student the pseudonym the app would have drawn, such as "Amber Heron". */
    @Transactional
    public void pseudonym(long classId, long accountId, String pseudonym) {
        Enrollment.<Enrollment>find("classroom.id = ?1 and account.id = ?2", classId, accountId)
                .firstResult().pseudonym = pseudonym;
    }

    @Transactional
    public Enrollment enrollment(long classId, long accountId) {
        return Enrollment.find("classroom.id = ?1 and account.id = ?2", classId, accountId).firstResult();
    }

    @Transactional
    public Classroom classroom(long id) {
        return Classroom.findById(id);
    }

    @Transactional
    public Account account(long id) {
        return Account.findById(id);
    }

    @Transactional
    public long bundledArticleId() {
        return Article.findBySlug(BUNDLED_SLUG).id;
    }

    @Transactional
    public List<Long> questionIds(long articleId) {
        return Question.listFor(Article.findById(articleId)).stream().map(q -> q.id).toList();
    }

    /**
     * A digest of everything a route could change, to prove that a refused request
     * changed nothing.
     */
    @Transactional
    public String fingerprint() {
        var em = Panache.getEntityManager();
        StringBuilder out = new StringBuilder();
        for (String query : List.of(
                "select c.id, c.name, c.joinCode, c.postFirst, c.preModeration, c.anonymous, c.editWindowMinutes, "
                        + "c.slowModeSeconds, c.archived from Classroom c order by c.id",
                "select p.id, p.status, p.endorsed, p.flaggedHidden, p.flagCount, p.bodySource, p.hiddenReason "
                        + "from Post p order by p.id",
                "select e.id, e.mutedUntil, e.returnCodeHash, e.displayName from Enrollment e order by e.id",
                "select d.id, d.locked, d.answerCount from Discussion d order by d.id",
                "select a.id, a.disabled, a.passwordHash, a.mustChangePassword, a.username from Account a order by a.id",
                "select f.id, f.comment, f.score from Feedback f order by f.id",
                "select s.id, s.stanceBefore, s.stanceAfter, s.reason, p.id from StanceChange s left join s.creditedPost p "
                        + "order by s.id",
                "select count(s) from UserSession s",
                "select count(m) from ModerationAction m",
                "select count(a) from Article a",
                "select count(a) from Assignment a",
                "select n.id, n.readAt from Notice n order by n.id",
                "select count(a) from Announcement a",
                "select count(d) from AnnouncementDismissal d")) {
            for (Object row : em.createQuery(query).getResultList()) {
                out.append(row instanceof Object[] array ? Arrays.toString(array) : String.valueOf(row))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** An announcement of the class's teacher, as if posted (no notices); returns its id. */
    @Transactional
    public long announcement(long classId, String body) {
        Classroom classroom = Classroom.findById(classId);
        return Announcement.post(classroom, classroom.teacher, body, clock.instant()).id;
    }

    /** The discussions of the questions a class's assignment added itself, in the order they were added. */
    @Transactional
    public List<Long> ownDiscussions(long assignmentId) {
        return Assignment.ownQuestions(assignmentId).stream().map(d -> d.id).toList();
    }

    @Transactional
    public List<Long> assignmentIds(long classId) {
        return Assignment.listFor(classId).stream().map(a -> a.id).toList();
    }

    @Transactional
    public long firstPostBy(long accountId) {
        return Post.<Post>find("author.id = ?1 order by id", accountId).firstResult().id;
    }

    @Transactional
    public long countWhere(Class<?> entity, String field, Object value) {
        return Panache.getEntityManager().createQuery("select count(e) from " + entity.getSimpleName()
                + " e where e." + field + " = :v", Long.class).setParameter("v", value).getSingleResult();
    }

    /** Every post, detached, with its author loaded. */
    @Transactional
    public List<Post> posts() {
        List<Post> posts = Post.list("from Post p left join fetch p.author order by p.id");
        return posts;
    }

    @Transactional
    public Stance stanceOf(long postId) {
        return Post.<Post>findById(postId).stance;
    }
}
