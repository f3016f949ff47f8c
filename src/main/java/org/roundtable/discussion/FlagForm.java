package org.roundtable.discussion;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.language.Messages;

/** A student's flag of a post, as submitted: kept whole so a refused flag is shown back as typed. */
public class FlagForm {

    static final int MAX_NOTE = 500;

    @RestForm
    public String reason;

    @RestForm
    public String note;

    public FlagReason parsedReason() {
        return FlagReason.parse(reason);
    }

    public String cleanNote() {
        return note == null ? "" : note.strip();
    }

    /** The note to store: none when the student wrote nothing. */
    public String noteOrNull() {
        return cleanNote().isEmpty() ? null : cleanNote();
    }

    /** @param alreadyFlagged this student has flagged the post before */
    public Map<String, String> validate(boolean alreadyFlagged) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (parsedReason() == null) {
            errors.put("reason", Messages.now(PostMsg.class).chooseFlagReason());
        }
        if (cleanNote().length() > MAX_NOTE) {
            errors.put("note", Messages.now(PostMsg.class).flagNoteTooLong(MAX_NOTE));
        }
        if (alreadyFlagged) {
            errors.put("reason", Messages.now(PostMsg.class).alreadyFlagged());
        }
        return errors;
    }
}
