package org.roundtable.account;

import org.junit.jupiter.api.BeforeEach;
import org.roundtable.support.Browser;
import org.roundtable.support.FreshData;
import org.roundtable.support.People;

import jakarta.inject.Inject;

/** The set-up of the sign-in tests: a fresh database with one teacher, rivera, before each test. */
abstract class OneTeacher extends FreshData {

    @Inject
    protected AccountFixtures accounts;

    protected long teacherId;

    private final String password;

    protected OneTeacher(String password) {
        this.password = password;
    }

    @BeforeEach
    protected void createTeacher() {
        teacherId = fixtures.teacher("rivera", password, false);
    }

    /** A browser with a new session of rivera's, opened without the form. */
    protected Browser signedIn() {
        return People.signedIn(fixtures, teacherId).browser();
    }

}
