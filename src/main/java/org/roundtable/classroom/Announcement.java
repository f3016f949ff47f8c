package org.roundtable.classroom;

import java.time.Instant;
import java.util.List;

import org.roundtable.account.Account;
import org.roundtable.article.Markdown;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * A short notice a teacher posts to a class: Markdown, rendered and sanitised once, when it is
 * written (as posts are). Shown at the top of the class home until each student puts it away.
 */
@Entity
public class Announcement extends ClassroomRecord {

    /** The longest announcement, as its column holds it: a notice, not an article. */
    public static final int MAX_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Account account;

    public String bodySource;

    public String bodyHtml;

    public Instant createdAt;

    protected Announcement() {
    }

    private Announcement(Classroom classroom, Account teacher, String source, Instant now) {
        super(classroom);
        this.account = teacher;
        this.bodySource = source;
        this.bodyHtml = Markdown.renderPost(source);
        this.createdAt = now;
    }

    public static Announcement post(Classroom classroom, Account teacher, String source, Instant now) {
        return persisted(new Announcement(classroom, teacher, source, now));
    }

    /** The class's announcements, newest first. */
    public static List<Announcement> listFor(long classroomId) {
        return list("classroom.id = ?1 order by createdAt desc, id desc", classroomId);
    }

    /** What one student has not put away yet, newest first. */
    public static List<Announcement> showingTo(long classroomId, long accountId) {
        return find("select a from Announcement a where a.classroom.id = ?1 and not exists (select 1 from "
                + "AnnouncementDismissal d where d.announcement = a and d.account.id = ?2) "
                + "order by a.createdAt desc, a.id desc", classroomId, accountId).list();
    }
}
