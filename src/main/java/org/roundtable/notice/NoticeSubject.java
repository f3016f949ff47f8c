package org.roundtable.notice;

import org.roundtable.classroom.Announcement;
import org.roundtable.classroom.Assignment;
import org.roundtable.discussion.Post;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * What a notice points to: a post, an assignment (feedback points to the assignment it is on) or an announcement,
 * made by one factory each so that a notice names one of them. Only the reference is stored: what the notice says
 * is read from it when shown.
 */
@Embeddable
public record NoticeSubject(@ManyToOne(fetch = FetchType.LAZY) Post post,
        @ManyToOne(fetch = FetchType.LAZY) Assignment assignment,
        @ManyToOne(fetch = FetchType.LAZY) Announcement announcement) {

    static NoticeSubject post(Post post) {
        return new NoticeSubject(post, null, null);
    }

    static NoticeSubject assignment(Assignment assignment) {
        return new NoticeSubject(null, assignment, null);
    }

    static NoticeSubject announcement(Announcement announcement) {
        return new NoticeSubject(null, null, announcement);
    }
}
