package org.roundtable.account;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestForm;

/** The admin's "add a teacher" form, as submitted, so a refused one is shown back as typed. */
public class NewTeacherForm {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    static final int MAX_DISPLAY_NAME = 80;

    @RestForm
    public String username;

    @RestForm
    public String displayName;

    public static NewTeacherForm blank() {
        NewTeacherForm form = new NewTeacherForm();
        form.username = "";
        form.displayName = "";
        return form;
    }

    String cleanUsername() {
        return username == null ? "" : username.strip();
    }

    /** NFC-normalised with runs of white space folded, so two names that look the same are the same. */
    String cleanDisplayName() {
        return displayName == null ? ""
                : Normalizer.normalize(displayName, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Per-field messages; empty when the teacher can be created. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = cleanUsername();
        if (!USERNAME.matcher(name).matches()) {
            errors.put("username", "Use 3 to 40 letters, digits, dots, dashes or underscores, without spaces.");
        } else if (Account.findByUsername(name) != null) {
            errors.put("username", "That username is taken. Usernames are the same whatever their capitals.");
        }
        String display = cleanDisplayName();
        if (display.isEmpty()) {
            errors.put("displayName", "Enter the name students and colleagues will see, such as Ms Rivera.");
        } else if (display.codePointCount(0, display.length()) > MAX_DISPLAY_NAME) {
            errors.put("displayName", "Use at most " + MAX_DISPLAY_NAME + " characters.");
        } else if (display.codePoints().anyMatch(NewTeacherForm::hidden)) {
            errors.put("displayName", "Use letters, numbers, spaces and punctuation only.");
        }
        return errors;
    }

    /** Control characters and the invisible direction marks that make a name read as another. */
    private static boolean hidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
