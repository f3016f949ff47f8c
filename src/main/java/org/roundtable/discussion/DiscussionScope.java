package org.roundtable.discussion;

import java.time.Instant;

import org.roundtable.account.Viewer;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.ArticleLibrary;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.ClassroomPaths;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.NotInClass;
import org.roundtable.classroom.SchoolTime;
import org.roundtable.classroom.StillWaiting;
import org.roundtable.language.Messages;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;

/**
 * A discussion as one viewer may use it, loaded with one query: the discussion, its
 * class, the viewer's enrollment and whether they have answered (as post first counts it:
 * {@link Visibility#unlocksPostFirst}). The article comes from the cache. Throws 404 for
 * unknown ids and 403 for people outside the class (a student still waiting for the
 * teacher's approval is outside it). A discussion taken away from its assignment is 404 for
 * students and stays readable for the teacher.
 *
 * @param number the question's place among its assignment's assigned questions (as {@code AssignedQuestions})
 * @param of how many questions the assignment has assigned
 * @param stance where the viewer said they stand before and after reading ({@link StanceChange}), or null
 */
public record DiscussionScope(Discussion discussion, Classroom classroom, Enrollment enrollment,
        boolean teacher, boolean hasAnswered, ArticleContent article, ArticleContent.QuestionView question,
        Viewer viewer, int number, int of, StanceChange stance) {

    public static DiscussionScope load(long classId, long discussionId, Viewer viewer, ArticleLibrary library) {
        if (viewer == null) {
            throw new ForbiddenException();
        }
        Object[] row = discussionRow(classId, discussionId, viewer);
        Discussion discussion = (Discussion) row[0];
        Enrollment enrollment = (Enrollment) row[1];
        Classroom classroom = discussion.classroom;
        boolean teacher = viewer.isTeacher() && classroom.isTaughtBy(viewer.accountId());
        refuseUnlessAllowed(discussion, enrollment, teacher, viewer);
        ArticleContent article = library.get(discussion.question.article.id);
        return new DiscussionScope(discussion, classroom, enrollment, teacher, ((Long) row[2]) > 0, article,
                article.viewOf(discussion.question), viewer, ((Long) row[3]).intValue(),
                ((Long) row[4]).intValue(), (StanceChange) row[5]);
    }

    /**
     * In one query: the discussion, the viewer's enrollment, how many first posts of theirs unlock the others, the
     * discussion's position among the assignment's, how many the assignment has, and the viewer's stance row.
     */
    private static Object[] discussionRow(long classId, long discussionId, Viewer viewer) {
        return Panache.getEntityManager().createQuery(
                "select d, e, (select count(p) from Post p where p.discussion = d and p.author.id = :viewer "
                        + "and " + PostKind.answerHql("p") + " and " + Visibility.unlocksPostFirstHql("p", "c") + "), "
                        + "(select count(n) from Discussion n join n.question nq where n.assignment = d.assignment "
                        + "and n.withdrawn = false and nq.position <= q.position), "
                        + "(select count(o) from Discussion o where o.assignment = d.assignment and o.withdrawn = false), s "
                        + "from Discussion d join fetch d.classroom c join fetch d.question q join fetch d.assignment "
                        + "left join Enrollment e on e.classroom = c and e.account.id = :viewer "
                        + "left join StanceChange s on s.discussion = d and s.account.id = :viewer "
                        + "where d.id = :discussion and c.id = :classroom",
                Object[].class)
                .setParameter("viewer", viewer.accountId())
                .setParameter("discussion", discussionId)
                .setParameter("classroom", classId)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    /** Only the teacher, or a student admitted to the class while the discussion is not withdrawn, may see it. */
    private static void refuseUnlessAllowed(Discussion discussion, Enrollment enrollment, boolean teacher,
            Viewer viewer) {
        Classroom classroom = discussion.classroom;
        if (!teacher && enrollment == null) {
            throw NotInClass.refuse(viewer);
        }
        if (!teacher && enrollment.isWaiting()) {
            throw new StillWaiting(classroom);
        }
        if (!teacher && discussion.withdrawn) {
            throw new NotFoundException(); // taken away: for its students it is gone
        }
    }

    /** "Question 2": the question's name among those assigned, as the class home numbers them. */
    public String questionLabel() {
        return discussion.withdrawn ? Messages.now(PostMsg.class).questionTakenAway()
                : Messages.now(PostMsg.class).questionLabel(number);
    }

    /**
     * Post-first: a student sees classmates' posts once they have answered themselves. It applies only
     * while posting is possible: a locked discussion or an archived class can be read by every student.
     */
    public boolean seesClassmates() {
        return teacher || !classroom.postFirst || hasAnswered || discussion.locked || classroom.archived;
    }

    /** Why the viewer cannot post here now, or null if they can. */
    public String postingClosedReason(Instant now) {
        if (classroom.archived) {
            return Messages.now(PostMsg.class).archived();
        }
        if (discussion.withdrawn) {
            return Messages.now(PostMsg.class).withdrawnReason();
        }
        if (discussion.locked) {
            return Messages.now(PostMsg.class).lockedReason();
        }
        if (enrollment != null && enrollment.isMuted(now)) {
            return Messages.now(PostMsg.class).mutedReason(SchoolTime.exact(enrollment.mutedUntil, Messages.locale()));
        }
        return null;
    }

    public String basePath() {
        return ClassroomPaths.discussionPage(classroom, discussion.id);
    }

    public String postsPath() {
        return basePath() + "/posts";
    }

    /** Address of an action on one post, e.g. {@code postAction(7, "edit")}. */
    public String postAction(long postId, String action) {
        return basePath() + "/posts/" + postId + "/" + action;
    }

    public ThreadBuilder.Viewing viewing() {
        return new ThreadBuilder.Viewing(viewer.accountId(), teacher, seesClassmates(), classroom.anonymous);
    }
}
