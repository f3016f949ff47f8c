package org.roundtable.support;

import java.util.Map;

import org.roundtable.support.People.Person;

/**
 * The smallest class every route can act on, in a fresh database: a signed-in teacher, their
 * class and one signed-in student with one answer to the first question.
 */
public record ClassWithPost(Person teacher, Fixtures.TestClass c, Person student, long post, long announcement) {

    public static ClassWithPost create(Fixtures fixtures, String teacherName, String className, String answer) {
        fixtures.reset();
        Person teacher = People.teacher(fixtures, teacherName);
        Fixtures.TestClass c = fixtures.createClass(className, 0, teacher.id());
        Person student = People.student(fixtures, c.id(), "Sam");
        long post = fixtures.post(c.discussions().get(0), student.id(), null, answer);
        return new ClassWithPost(teacher, c, student, post, fixtures.announcement(c.id(), "Quiz on Friday."));
    }

    /** Values for every path parameter of the routes; {id} is the account the admin routes act on. */
    public Map<String, Object> ids(Fixtures fixtures, long accountId) {
        return Map.of("classId", c.id(), "discussionId", c.discussions().get(0), "postId", post,
                "studentId", student.id(), "assignmentId", fixtures.assignmentIds(c.id()).get(0),
                "articleId", c.articleId(), "announcementId", announcement, "id", accountId);
    }
}
