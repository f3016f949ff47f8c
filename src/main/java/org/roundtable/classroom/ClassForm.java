package org.roundtable.classroom;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.roundtable.account.NameKind;
import org.roundtable.account.Names;
import org.roundtable.language.Messages;

/** A class's settings as submitted; unchecked boxes arrive as null. */
public class ClassForm {

    public static final int MAX_NAME = NameKind.CLASS.maxLength;
    public static final int MAX_EDIT_WINDOW = 24 * 60;
    public static final int MAX_SLOW_MODE = 3600;

    @RestForm
    public String name;

    @RestForm
    public String postFirst;

    @RestForm
    public String preModeration;

    @RestForm
    public String anonymous;

    /** "open" or "closed"; anything else (a form without the field) leaves joining open. */
    @RestForm
    public String joining;

    @RestForm
    public String approvalRequired;

    @RestForm
    public String editWindowMinutes;

    @RestForm
    public String slowModeSeconds;

    public static ClassForm of(Classroom classroom) {
        ClassForm form = new ClassForm();
        form.name = classroom.name;
        form.postFirst = classroom.postFirst ? "on" : null;
        form.preModeration = classroom.preModeration ? "on" : null;
        form.anonymous = classroom.anonymous ? "on" : null;
        form.joining = classroom.joiningOpen ? "open" : "closed";
        form.approvalRequired = classroom.approvalRequired ? "on" : null;
        form.editWindowMinutes = String.valueOf(classroom.editWindowMinutes);
        form.slowModeSeconds = String.valueOf(classroom.slowModeSeconds);
        return form;
    }

    /** The class name to store, under the one name rule ({@link Names#normalize}). */
    public static String cleanName(String name) {
        return Names.normalize(name);
    }

    /** What is wrong with the class name, under the one name rule ({@link NameKind#CLASS}); null if fine. */
    public static String nameProblem(String name) {
        return NameKind.CLASS.problem(name);
    }

    public Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String nameProblem = nameProblem(name);
        if (nameProblem != null) {
            errors.put("name", nameProblem);
        }
        if (number(editWindowMinutes, 0, MAX_EDIT_WINDOW) == null) {
            errors.put("editWindowMinutes", Messages.now(ClassSettingsMsg.class).enterEditWindow(MAX_EDIT_WINDOW));
        }
        if (number(slowModeSeconds, 0, MAX_SLOW_MODE) == null) {
            errors.put("slowModeSeconds", Messages.now(ClassSettingsMsg.class).enterSlowMode(MAX_SLOW_MODE));
        }
        return errors;
    }

    public void applyTo(Classroom classroom) {
        classroom.name = cleanName(name);
        classroom.postFirst = postFirst != null;
        classroom.preModeration = preModeration != null;
        classroom.anonymous = anonymous != null;
        classroom.joiningOpen = !joiningClosed();
        classroom.approvalRequired = approvalRequired != null;
        classroom.editWindowMinutes = number(editWindowMinutes, 0, MAX_EDIT_WINDOW);
        classroom.slowModeSeconds = number(slowModeSeconds, 0, MAX_SLOW_MODE);
    }

    public boolean joiningClosed() {
        return "closed".equals(joining);
    }

    static Integer number(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
