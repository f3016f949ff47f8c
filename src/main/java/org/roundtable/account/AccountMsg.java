package org.roundtable.account;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of signing in and of accounts: sign-in, your account, the password, the admin's list of teachers, and the refusals of names.
 * The English is in {@code messages/accounts_en.properties}, the Ukrainian in {@code accounts_uk.properties}.
 */
@MessageBundle(value = "accounts", locale = "en")
public interface AccountMsg {

    String signIn();

    String teachers();

    String students();

    String username();

    String password();

    String forgotPassword();

    String studentsNoPassword();

    String joinYourClass();

    String joinYourClassThen();

    String comeBackWithCode();

    String enterUsername();

    String enterPassword();

    String mismatch();

    String tooManyAttempts(String wait);

    /** Too many passwords being checked at once: the form is shown again as typed. */
    String busy(String wait);

    String waitSeconds();

    String waitMinutes();

    String displayNameChanged(String name);

    String goToClasses();

    String youSignInAs();

    String displayName();

    String displayNameHint();

    String saveDisplayName();

    String postsKeepName();

    String changeYourPassword();

    String passwordChanged();

    String mustChange();

    String currentPassword();

    String newPassword();

    String newPasswordHint();

    String repeatPassword();

    String changePassword();

    String changeSignsOut();

    String enterCurrent();

    String notCurrent();

    String sameAsCurrent();

    String notSame();

    String tooManyWrong(String wait);

    String passwordTooShort(int min);

    String passwordTooLong(int max);

    String nameMissingStudent();

    String nameMissingTeacher();

    String nameMissingClass();

    String nameTooLong(int max);

    String nameInvisible();

    String nameMixedScripts();

    String nameMixedDigits();

    String nameHiddenMark();

    String nameOther();

    String teacherAccounts();

    String admin();

    String no();

    String oneTimeFor(String name);

    String usernameIs();

    String givePrivately();

    String allTeacherAccounts();

    String status();

    String created();

    String actions();

    String signInPaused();

    String thisIsYou();

    String enable();

    String disable();

    String liftPause();

    String newOneTime();

    String forUser(String name);

    String adminHint();

    String liftPauseEnds();

    String addTeacher();

    String usernameHint();

    String addTeacherButton();

    String newTeacherGets();

    String usernameRule();

    String usernameTaken();

    String usernameLookAlike(String other);

    String cannotDisableSelf();

    String changeOwnPassword();

    String statusDisabled();

    String statusOneTime();

    String statusActive();
}
