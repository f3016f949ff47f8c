package org.roundtable.notice;

import java.time.Clock;
import java.time.Instant;

import org.roundtable.account.Account;
import org.roundtable.classroom.Announcement;
import org.roundtable.classroom.AnnouncementMade;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.AssignmentMade;
import org.roundtable.classroom.Classroom;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.FeedbackGiven;
import org.roundtable.discussion.Post;
import org.roundtable.discussion.PostFlagged;
import org.roundtable.discussion.PostWritten;
import org.roundtable.moderation.PostReviewed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

/**
 * Writes the notices: observes, inside the transaction of each change, the events of the packages below, so a
 * notice is stored with the change or not at all. Who is told is decided here; what they are shown, when they
 * look ({@link NoticeList}).
 */
@ApplicationScoped
public class NoticeEvents {

    private final Clock clock;
    private final Event<NoticesChanged> changed;

    NoticeEvents(Clock clock, Event<NoticesChanged> changed) {
        this.clock = clock;
        this.changed = changed;
    }

    /** A reply tells the author of the post it answers; a post waiting for approval tells the teacher. */
    void written(@Observes PostWritten written) {
        Post post = Post.findById(written.postId());
        Classroom classroom = post.discussion.classroom;
        Post parent = post.parent;
        if (parent != null && parent.author != null && !parent.isBy(post.author.id)) {
            raise(parent.author, classroom, NoticeKind.REPLY, NoticeSubject.post(post));
        }
        if (post.status.isPending() && classroom.teacher != null && !post.isBy(classroom.teacher.id)) {
            raise(classroom.teacher, classroom, NoticeKind.WAITING, NoticeSubject.post(post));
        }
    }

    void flagged(@Observes PostFlagged flagged) {
        Post post = Post.findById(flagged.postId());
        Classroom classroom = post.discussion.classroom;
        if (classroom.teacher != null) {
            raise(classroom.teacher, classroom, NoticeKind.FLAGGED, NoticeSubject.post(post));
        }
    }

    /**
     * The author of a reviewed post hears of an approval of what waited, a hide, a removal and a pick; the author
     * of the post it replies to may see its reply notice appear or go, so their count is told again.
     */
    void reviewed(@Observes PostReviewed reviewed) {
        NoticeKind kind = switch (reviewed.kind()) {
            case APPROVE -> reviewed.wasWaiting() ? NoticeKind.APPROVED : null;
            case HIDE -> NoticeKind.HIDDEN;
            case REMOVE -> NoticeKind.REMOVED;
            case ENDORSE -> NoticeKind.PICKED;
            default -> null;
        };
        Post post = Post.findById(reviewed.postId());
        Account teacher = post.discussion.classroom.teacher;
        if (reviewed.wasWaiting() && teacher != null && Notice.dropWaiting(post) > 0) {
            changed.fire(new NoticesChanged(teacher.id)); // what waited is handled: no longer news
        }
        if (kind != null && post.author != null && !post.author.isTeacher()) {
            raise(post.author, post.discussion.classroom, kind, NoticeSubject.post(post));
        }
        if (post.parent != null && post.parent.author != null) {
            changed.fire(new NoticesChanged(post.parent.author.id));
        }
    }

    void feedback(@Observes FeedbackGiven given) {
        Assignment assignment = Assignment.findById(given.assignmentId());
        raise(Account.findById(given.studentId()), assignment.classroom, NoticeKind.FEEDBACK,
                NoticeSubject.assignment(assignment));
    }

    void assignment(@Observes AssignmentMade made) {
        Assignment assignment = Assignment.findById(made.assignmentId());
        tellStudents(assignment.classroom, NoticeKind.ASSIGNMENT, NoticeSubject.assignment(assignment));
    }

    void announcement(@Observes AnnouncementMade made) {
        Announcement announcement = Announcement.findById(made.announcementId());
        tellStudents(announcement.classroom, NoticeKind.ANNOUNCEMENT, NoticeSubject.announcement(announcement));
    }

    /** News for the whole class: each student it has let in hears it; one still waiting to be let in does not. */
    private void tellStudents(Classroom classroom, NoticeKind kind, NoticeSubject about) {
        Instant now = clock.instant();
        for (Enrollment student : Enrollment.listForRoster(classroom.id)) {
            if (!student.isWaiting()) {
                Notice.create(student.account, classroom, kind, about, now);
                changed.fire(new NoticesChanged(student.account.id));
            }
        }
    }

    private void raise(Account to, Classroom classroom, NoticeKind kind, NoticeSubject about) {
        Notice.raise(to, classroom, kind, about, clock.instant());
        changed.fire(new NoticesChanged(to.id));
    }
}
