package org.roundtable.account;

import java.util.function.Function;

import org.roundtable.language.Messages;

/**
 * The kinds of names people type, each with its length and its wording, under the one rule of {@link Names}:
 * a student's display name in a class, a teacher's display name, a class's name.
 */
public enum NameKind {

    STUDENT(40, AccountMsg::nameMissingStudent), TEACHER(80, AccountMsg::nameMissingTeacher), CLASS(120,
            AccountMsg::nameMissingClass);

    /** Longest name, in characters as people count them ({@link Names#length}). */
    public final int maxLength;

    private final Function<AccountMsg, String> missing;

    NameKind(int maxLength, Function<AccountMsg, String> missing) {
        this.maxLength = maxLength;
        this.missing = missing;
    }

    /** What is wrong with the name as typed, in words for the person who typed it; null if fine. */
    public String problem(String typed) {
        String name = Names.normalize(typed);
        if (name.isEmpty()) {
            return missing.apply(Messages.now(AccountMsg.class));
        }
        if (Names.length(name) > maxLength) {
            return Messages.now(AccountMsg.class).nameTooLong(maxLength);
        }
        return Names.problem(name);
    }

    /** The name to store, or null when {@link #problem} has something to say. */
    public String clean(String typed) {
        return problem(typed) == null ? Names.normalize(typed) : null;
    }
}
