package org.roundtable.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roundtable.classroom.AssignedQuestions;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.classroom.Feedback;
import org.roundtable.discussion.PostKind;
import org.roundtable.discussion.Visibility;

import io.quarkus.hibernate.orm.panache.Panache;

/** Where each student of a class stands on one assignment: one aggregate of their posts, then the feedback. */
final class Gradings {

    /** The class's students by name, with their standing on the assignment. */
    record Standings(List<Enrollment> students, Map<Long, Standing> byAccount) {

        Standing of(Enrollment student) {
            return byAccount.getOrDefault(student.account.id, Standing.NOT_STARTED);
        }

        /** The student asked for, else the first not graded yet, else the first; null when nobody joined. */
        Enrollment pick(Long studentId) {
            if (studentId != null) {
                return students.stream().filter(s -> s.account.id.equals(studentId)).findFirst().orElse(null);
            }
            return students.stream().filter(s -> of(s) != Standing.GRADED).findFirst()
                    .orElse(students.isEmpty() ? null : students.get(0));
        }

        /** Who comes after this student: the next one in the list, else the first still to grade, else them. */
        long after(long accountId) {
            for (int i = 0; i < students.size() - 1; i++) {
                if (students.get(i).account.id == accountId) {
                    return students.get(i + 1).account.id;
                }
            }
            return students.stream().filter(s -> of(s) != Standing.GRADED && s.account.id != accountId)
                    .map(s -> s.account.id).findFirst().orElse(accountId);
        }
    }

    private Gradings() {
    }

    static Standings standings(long classId, long assignmentId) {
        List<Enrollment> students = new ArrayList<>(Enrollment.list("classroom.id = ?1", classId));
        students.sort(Comparator.comparing((Enrollment e) -> e.displayName.toLowerCase()).thenComparing(e -> e.id));
        Set<Long> graded = new HashSet<>();
        Feedback.<Feedback>list("assignment.id = ?1", assignmentId).forEach(f -> graded.add(f.account.id));
        Map<Long, Standing> byAccount = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select p.author.id, "
                + "sum(case when " + PostKind.answerHql("p") + " then 1 else 0 end), sum(case when "
                + PostKind.replyHql("p") + " then 1 else 0 end) "
                + "from Post p where p.discussion.assignment.id = :a and " + Visibility.liveHql("p") + " "
                + "group by p.author.id", Object[].class).setParameter("a", assignmentId).getResultList()) {
            if (row[0] != null) {
                byAccount.put((Long) row[0], Standing.of(((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), graded.contains((Long) row[0])));
            }
        }
        graded.forEach(id -> byAccount.put(id, Standing.GRADED));
        return new Standings(students, byAccount);
    }

    /** "Question 2: Should…" by the question's position, numbered among the assignment's assigned questions. */
    static Map<Integer, String> headings(Assignment assignment) {
        Map<Integer, String> headings = new HashMap<>();
        AssignedQuestions.of(Discussion.listAllFor(assignment.classroom.id)).stream()
                .filter(n -> n.discussion().assignment.id.equals(assignment.id))
                .forEach(n -> headings.put(n.discussion().question.position, n.label()));
        return headings;
    }
}
