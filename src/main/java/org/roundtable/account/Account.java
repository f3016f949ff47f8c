package org.roundtable.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.roundtable.StoredEntity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Someone who uses Roundtable. Students are accounts without a password, created when
 * they join a class; teachers sign in with a username and password.
 */
@Entity
public class Account extends StoredEntity {

    public enum Kind { STUDENT, TEACHER }

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String username;

    public String displayName;

    public String passwordHash;

    public boolean admin;

    public boolean disabled;

    public boolean mustChangePassword;

    public Instant createdAt;

    /** The interface language this person chose (a language tag), or null for their browser's. */
    public String language;

    protected Account() {
    }

    private Account(Kind kind, String displayName, Instant createdAt) {
        this.kind = kind;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public static Account newStudent(String displayName, Instant now) {
        return persisted(new Account(Kind.STUDENT, displayName, now));
    }

    public static Account newTeacher(String username, String displayName, String password, boolean admin,
            Instant now) {
        Account teacher = new Account(Kind.TEACHER, displayName, now);
        teacher.username = username;
        teacher.passwordHash = Passwords.hash(password);
        teacher.admin = admin;
        return persisted(teacher);
    }

    public static List<Account> listTeachers() {
        return list("kind = ?1 order by lower(username)", Kind.TEACHER);
    }

    public static Account findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResult();
    }

    public boolean isTeacher() {
        return kind == Kind.TEACHER;
    }
}
