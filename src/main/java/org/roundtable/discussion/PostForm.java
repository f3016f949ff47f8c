package org.roundtable.discussion;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.Plurals;
import org.roundtable.article.ArticleContent;
import org.roundtable.article.Markdown;
import org.roundtable.language.Messages;

/** The compose and reply form, as submitted: kept whole so a refused post is shown back as typed. */
public class PostForm {

    @RestForm
    public String body;

    @RestForm
    public Long parentId;

    @RestForm
    public String sectionId;

    @RestForm
    public String stance;

    /** Idempotency key: the same form submitted twice stores one post. */
    @RestForm
    public String key;

    @RestForm
    public String sort;

    @RestForm
    public Integer page;

    public static PostForm blank(Long parentId) {
        PostForm form = new PostForm();
        form.body = "";
        form.parentId = parentId;
        form.key = UUID.randomUUID().toString();
        return form;
    }

    /** The form filled with a post's current text and choices, for editing it. */
    public static PostForm of(Post post) {
        PostForm form = new PostForm();
        form.body = post.bodySource;
        form.sectionId = post.section == null ? null : String.valueOf(post.section.id);
        form.stance = post.stance == null ? null : post.stance.name();
        return form;
    }

    /** The stances an answer may take, in the order the form lists them. */
    public Stance[] stances() {
        return Stance.values();
    }

    /** The order of the page the form was sent from. */
    public Sort sortOrDefault() {
        return Sort.parse(sort);
    }

    /** The page the form was sent from (below 1 means the first, as the page reads it). */
    public int pageOrFirst() {
        return page == null ? 1 : page;
    }

    /** The body with browser line endings folded and outer blank space removed. */
    public String cleanBody() {
        return body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    public Long section() {
        try {
            return sectionId == null || sectionId.isBlank() ? null : Long.valueOf(sectionId);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public boolean isReply() {
        return parentId != null;
    }

    public String keyOrNew() {
        return key != null && key.matches("[0-9a-fA-F-]{36}") ? key : UUID.randomUUID().toString();
    }

    /** Checks what can be checked without the database; the resource adds the rest. */
    public Map<String, String> validate(ArticleContent article, ArticleContent.QuestionView question) {
        Map<String, String> errors = new LinkedHashMap<>();
        PostMsg words = Messages.now(PostMsg.class);
        String text = cleanBody();
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            errors.put("body", isReply() ? words.writeReply() : words.writeAnswer());
        } else if (length > Post.MAX_LENGTH) {
            errors.put("body", words.tooLong(Post.MAX_LENGTH, length));
        } else if (Markdown.tooDeep(text)) {
            errors.put("body", Markdown.tooDeepMessage());
        }
        Long section = section();
        if (section != null && article.section(section) == null) {
            errors.put("section", words.chooseSection());
        }
        if (stance != null && !stance.isBlank()) {
            if (isReply() || !question.stanceEnabled()) {
                errors.put("stance", words.noStance());
            } else if (Stance.parse(stance) == null) {
                errors.put("stance", words.chooseStance());
            }
        }
        return errors;
    }

    /** An answer must reach the assignment's minimum length, if it sets one; replies need not. */
    public void requireWords(Integer minWords, Map<String, String> errors) {
        if (isReply() || minWords == null) {
            return;
        }
        int words = Markdown.wordCount(cleanBody());
        if (words < minWords) {
            PostMsg messages = Messages.now(PostMsg.class);
            Locale locale = Messages.locale();
            errors.put("body", messages.tooShort(Plurals.format(locale, messages.minimumWords(), minWords), words));
        }
    }
}
