package org.roundtable.discussion;

import java.time.Instant;

import org.roundtable.account.Account;
import org.roundtable.article.ArticleSection;
import org.roundtable.classroom.Discussion;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

/**
 * An answer being written, kept on the server while its writer leaves the page to re-read a section of the article,
 * so that the way back brings the text back without JavaScript (with it, the browser keeps a draft too). One per
 * writer and discussion; posting the answer drops it. {@code createdAt} is when it was last kept.
 */
@Entity
public class PostDraft extends DiscussionAccountRecord {

    /** What the column holds: more than a post may have, so nothing typed is cut before the post refuses it. */
    static final int MAX_CHARS = 20_000;

    public String bodySource;

    @ManyToOne(fetch = FetchType.LAZY)
    public ArticleSection section;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    protected PostDraft() {
    }

    private PostDraft(Account account, Discussion discussion, Instant at) {
        super(account, discussion, at);
    }

    /** Keeps the writer's answer form as it is now, replacing the draft kept before. */
    static void keep(DiscussionScope scope, PostForm form, Instant at) {
        long accountId = scope.viewer().accountId();
        PostDraft kept = findOwn(PostDraft.class, scope.discussion().id, accountId);
        PostDraft draft = kept != null ? kept
                : new PostDraft(Panache.getEntityManager().getReference(Account.class, accountId), scope.discussion(),
                        at);
        String body = form.cleanBody();
        draft.bodySource = body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body;
        Long sectionId = form.section();
        draft.section = sectionId == null || scope.article().section(sectionId) == null ? null
                : Panache.getEntityManager().getReference(ArticleSection.class, sectionId);
        draft.stance = Stance.parse(form.stance);
        draft.createdAt = at;
        if (kept == null) {
            draft.persist();
        }
    }

    /** The answer form filled from the writer's draft here, or blank when none is kept. */
    static PostForm formFor(DiscussionScope scope) {
        PostDraft draft = findOwn(PostDraft.class, scope.discussion().id, scope.viewer().accountId());
        PostForm form = PostForm.blank(null);
        if (draft != null) {
            form.body = draft.bodySource;
            form.sectionId = draft.section == null ? null : String.valueOf(draft.section.id);
            form.stance = draft.stance == null ? null : draft.stance.name();
        }
        return form;
    }

    /** The writer posted their answer: the draft has done its work. */
    static void discard(DiscussionScope scope) {
        delete("account.id = ?1 and discussion = ?2", scope.viewer().accountId(), scope.discussion());
    }
}
