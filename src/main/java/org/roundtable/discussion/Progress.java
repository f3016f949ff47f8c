package org.roundtable.discussion;

import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.language.Messages;

/**
 * A student's progress in one discussion: whether they answered (as post first counts it), how many
 * classmates they replied to, and whether an answer waits for the teacher's approval.
 */
public record Progress(boolean answered, int classmatesRepliedTo, boolean answerWaiting) {

    static final Progress NOT_STARTED = new Progress(false, 0, false);

    public String label() {
        PostMsg words = Messages.now(PostMsg.class);
        if (!answered && answerWaiting) {
            return words.progressWaiting();
        }
        if (!answered && classmatesRepliedTo == 0) {
            return words.progressNotStarted();
        }
        String replies = classmatesRepliedTo == 0 ? ""
                : Plurals.format(Messages.locale(), words.progressRepliedTo(), classmatesRepliedTo);
        if (!answered) {
            return words.progressNotAnswered(replies);
        }
        return replies.isEmpty() ? words.progressAnswered() : words.progressAnsweredReplied(replies);
    }

    public String state() {
        return answered ? "answered" : classmatesRepliedTo > 0 || answerWaiting ? "started" : "not-started";
    }

    /** Progress in every discussion of a class, as kept when posts change ({@link ProgressTally}). */
    public static Map<Long, Progress> forStudent(long classId, long accountId) {
        return ProgressTally.forStudent(classId, accountId);
    }

    public static Progress of(Map<Long, Progress> all, long discussionId) {
        return all.getOrDefault(discussionId, NOT_STARTED);
    }
}
