package org.roundtable.support;

import org.junit.jupiter.api.BeforeEach;

/**
 * The set-up browser tests of a discussion share, made fresh before each test: a teacher's class
 * without post first (so every student reads every post), with Ada and Ben enrolled and a window
 * signed in as Ada. A test names the teacher and the class in its constructor, and opens the other
 * windows it needs with {@link #windowOf}.
 */
public abstract class ReadingClass extends FreshData {

    protected Fixtures.TestClass lesson;
    protected long teacherId;
    protected long adaId;
    protected long benId;
    /** The first question's discussion page. */
    protected String discussion;
    /** The class home page. */
    protected String classHome;
    protected Window ada;

    private final String teacherName;
    private final String className;

    protected ReadingClass(String teacherName, String className) {
        this.teacherName = teacherName;
        this.className = className;
    }

    @BeforeEach
    protected void createReadingClass() {
        teacherId = fixtures.teacher(teacherName, People.PASSWORD, false);
        lesson = fixtures.createClass(className, 0, teacherId);
        fixtures.configure(lesson.id(), k -> k.postFirst = false);
        adaId = fixtures.enrol(lesson.id(), "Ada L", "ABCD-EFGH");
        benId = fixtures.enrol(lesson.id(), "Ben T", "ABCD-EFGH");
        discussion = lesson.discussionPath(1);
        classHome = "/classes/" + lesson.id();
        ada = windowOf(adaId);
    }

    /** An answer to the first question, written directly; returns its id. */
    protected long answer(long authorId, String body) {
        return fixtures.post(lesson.discussions().get(0), authorId, null, body);
    }

    /** A new browser window, signed in as the account. */
    protected Window windowOf(long accountId) {
        return Window.open().signedInWith(fixtures.signIn(accountId));
    }
}
