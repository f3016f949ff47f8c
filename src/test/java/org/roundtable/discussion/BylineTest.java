package org.roundtable.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one rule for the name a reader sees on a post, branch by branch. */
@io.quarkus.test.junit.QuarkusTest
class BylineTest {

    static final long ANA = 2, BEN = 3, TEACHER = 9;

    static final Byline UNDER_PSEUDONYM = new Byline(ANA, false, "Ana Real", "Amber Heron", true);
    static final Byline UNDER_REAL_NAME = new Byline(ANA, false, "Ana Real", "Amber Heron", false);

    static ThreadBuilder.Viewing classmate(boolean anonymousNow) {
        return new ThreadBuilder.Viewing(BEN, false, true, anonymousNow);
    }

    @Test
    void aPostWrittenUnderAPseudonymKeepsItForClassmatesWhateverTheClassDoesLater() {
        assertEquals("Amber Heron", UNDER_PSEUDONYM.seenBy(classmate(true)));
        assertEquals("Amber Heron", UNDER_PSEUDONYM.seenBy(classmate(false)), "anonymity turned off later");
    }

    @Test
    void aPostWrittenUnderTheRealNameShowsThePseudonymWhileTheClassIsAnonymous() {
        assertEquals("Ana Real", UNDER_REAL_NAME.seenBy(classmate(false)));
        assertEquals("Amber Heron", UNDER_REAL_NAME.seenBy(classmate(true)));
    }

    @Test
    void theTeacherAndTheAuthorSeeTheRealName() {
        ThreadBuilder.Viewing teacher = new ThreadBuilder.Viewing(TEACHER, true, true, true);
        ThreadBuilder.Viewing author = new ThreadBuilder.Viewing(ANA, false, true, true);
        assertEquals("Ana Real", UNDER_PSEUDONYM.seenBy(teacher));
        assertEquals("Ana Real", UNDER_PSEUDONYM.seenBy(author));
    }

    @Test
    void aTeachersPostCarriesTheTeachersNameInAnAnonymousClass() {
        Byline byTeacher = new Byline(TEACHER, true, "Ms Rivera", null, false);
        assertEquals("Ms Rivera", byTeacher.seenBy(classmate(true)));
    }

    @Test
    void aPseudonymousPostWhosePseudonymWasNeverRecordedNamesNobody() {
        Byline lost = new Byline(ANA, false, "Ana Account", null, true);
        assertEquals(Byline.formerClassmate(), lost.seenBy(classmate(false)));
        assertEquals(Byline.formerClassmate(), lost.seenBy(classmate(true)));
    }
}
