package org.roundtable.classroom;

import org.roundtable.account.AccountPaths;

import io.quarkus.qute.TemplateExtension;

/**
 * Addresses of a class's pages and teacher actions, built in one place so templates and
 * redirects never concatenate URLs.
 */
@TemplateExtension
public class ClassroomPaths {

    static final String JOIN = "/join";
    static final String COME_BACK = AccountPaths.STUDENT_RETURN;
    static final String WELCOME = "/welcome/";

    /** {@code classroom.teachHome} → /teach/classes/7, the teacher's page of the class. */
    public static String teachHome(Classroom classroom) {
        return "/teach/classes/" + classroom.id;
    }

    /** {@code classroom.studentHome} → /classes/7, the class as its students see it. */
    public static String studentHome(Classroom classroom) {
        return "/classes/" + classroom.id;
    }

    /** {@code classroom.action('settings')} → /teach/classes/7/settings */
    public static String action(Classroom classroom, String action) {
        return teachHome(classroom) + "/" + action;
    }

    static String discussionAction(Classroom classroom, long discussionId, String action) {
        return action(classroom, "discussions/" + discussionId + "/" + action);
    }

    public static String postAction(Classroom classroom, long postId, String action) {
        return action(classroom, "posts/" + postId + "/" + action);
    }

    public static String studentAction(Classroom classroom, long accountId, String action) {
        return action(classroom, "students/" + accountId + "/" + action);
    }

    static String feedbackAction(Classroom classroom, long accountId, long assignmentId) {
        return studentAction(classroom, accountId, "feedback/" + assignmentId);
    }

    /** {@code classroom.assignmentEdit(id)} → /teach/classes/7/assignments/3/edit, the assignment's edit form. */
    public static String assignmentEdit(Classroom classroom, long assignmentId) {
        return assignment(classroom, assignmentId) + "/edit";
    }

    /** {@code classroom.ownQuestions(id)} → /teach/classes/7/assignments/3/questions, where a teacher adds one. */
    public static String ownQuestions(Classroom classroom, long assignmentId) {
        return assignment(classroom, assignmentId) + "/questions";
    }

    /** {@code classroom.ownQuestion(3, 12)} → /teach/classes/7/assignments/3/questions/12, where it saves. */
    public static String ownQuestion(Classroom classroom, long assignmentId, long discussionId) {
        return ownQuestions(classroom, assignmentId) + "/" + discussionId;
    }

    /** {@code classroom.ownQuestionEdit(3, 12)} → …/assignments/3/questions/12/edit, its edit form. */
    public static String ownQuestionEdit(Classroom classroom, long assignmentId, long discussionId) {
        return ownQuestion(classroom, assignmentId, discussionId) + "/edit";
    }

    /** {@code classroom.ownQuestionAction(3, 12, 'remove')} → …/assignments/3/questions/12/remove. */
    public static String ownQuestionAction(Classroom classroom, long assignmentId, long discussionId, String action) {
        return ownQuestion(classroom, assignmentId, discussionId) + "/" + action;
    }

    /** {@code classroom.assignment(id)} → /teach/classes/7/assignments/3, where the edit form saves. */
    public static String assignment(Classroom classroom, long assignmentId) {
        return action(classroom, "assignments/" + assignmentId);
    }

    /** {@code classroom.discussionPage(id)} → /classes/7/discussions/12, the discussion itself. */
    public static String discussionPage(Classroom classroom, long discussionId) {
        return studentHome(classroom) + "/discussions/" + discussionId;
    }

    /** {@code classroom.postPage(discussionId, postId)}: the post where classmates read it. */
    public static String postPage(Classroom classroom, long discussionId, long postId) {
        return discussionPage(classroom, discussionId) + "#post-" + postId;
    }

    /** An assignment where its students find it, on the class home. */
    public static String assignmentOnHome(Classroom classroom, long assignmentId) {
        return studentHome(classroom) + "#assignment-" + assignmentId;
    }

    /** A student's feedback on an assignment, on their class home. */
    public static String feedbackOnHome(Classroom classroom, long assignmentId) {
        return studentHome(classroom) + "#feedback-" + assignmentId;
    }

    /** {@code classroom.dismissAnnouncement(id)} → /classes/7/announcements/4/dismiss, where a student puts one away. */
    public static String dismissAnnouncement(Classroom classroom, long announcementId) {
        return studentHome(classroom) + "/announcements/" + announcementId + "/dismiss";
    }

    /** {@code classroom.articlePage(articleId)} → /classes/7/articles/3, the article read in the class. */
    public static String articlePage(Classroom classroom, long articleId) {
        return studentHome(classroom) + "/articles/" + articleId;
    }

    /** The class page of whoever looks: the teacher's own page, or the students' one. */
    public static String homeFor(Classroom classroom, boolean teacher) {
        return teacher ? teachHome(classroom) : studentHome(classroom);
    }

    /** {@code {classes:join}}: where students join a class. */
    @TemplateExtension(namespace = "classes")
    static String join() {
        return JOIN;
    }

    /** {@code {classes:comeBack}}: where students sign in again with their return code. */
    @TemplateExtension(namespace = "classes")
    static String comeBack() {
        return COME_BACK;
    }

    /** {@code {classes:teach}}: the teacher's list of classes. */
    @TemplateExtension(namespace = "classes")
    static String teach() {
        return AccountPaths.TEACHER_HOME;
    }

    /** {@code {classes:newClass}}: the form that creates a class, and {@code {classes:create}} its target. */
    @TemplateExtension(namespace = "classes")
    static String newClass() {
        return "/teach/new-class";
    }

    @TemplateExtension(namespace = "classes")
    static String create() {
        return "/teach/classes";
    }

    /** Where a new student sees their return code, once: {@code /welcome/7}. */
    static String welcome(Classroom classroom) {
        return WELCOME + classroom.id;
    }

    /** The join address printed on the sheet and the overview: {@code https://site/join?code=ABCD}. */
    public static String joinUrl(String siteUrl, Classroom classroom) {
        return siteUrl + JOIN + "?code=" + classroom.joinCode;
    }

    static String lockAction(Discussion discussion) {
        return discussionAction(discussion.classroom, discussion.id, discussion.locked ? "unlock" : "lock");
    }
}
