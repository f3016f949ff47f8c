package org.roundtable.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.language.Messages;

/** The admin's "add a teacher" form, as submitted, so a refused one is shown back as typed. */
public class NewTeacherForm {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");

    /** Blank until submitted: a new form shows empty fields. */
    @RestForm
    public String username = "";

    @RestForm
    public String displayName = "";

    String cleanUsername() {
        return username == null ? "" : username.strip();
    }

    /** Under the one name rule, {@link NameKind#TEACHER}. */
    String cleanDisplayName() {
        return Names.normalize(displayName);
    }

    /** Per-field messages; empty when the teacher can be created. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        AccountMsg words = Messages.now(AccountMsg.class);
        String name = cleanUsername();
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", words.usernameRule());
        } else if (Account.findByUsername(name) != null) {
            errors.put("username", words.usernameTaken());
        } else {
            lookAlikeUsername(name).ifPresent(other -> errors.put("username", words.usernameLookAlike(other)));
        }
        String displayNameProblem = NameKind.TEACHER.problem(displayName);
        if (displayNameProblem != null) {
            errors.put("displayName", displayNameProblem);
        }
        return errors;
    }

    /** A teacher's username that reads like this one ("jsmith" and "jsrnith", "anna1" and "annal"). */
    private static Optional<String> lookAlikeUsername(String username) {
        String key = Names.key(username);
        return Account.listTeachers().stream().map(t -> t.username).filter(u -> Names.key(u).equals(key)).findFirst();
    }
}
