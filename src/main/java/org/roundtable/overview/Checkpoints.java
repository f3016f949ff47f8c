package org.roundtable.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.Plurals;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Discussion;
import org.roundtable.discussion.PostKind;
import org.roundtable.discussion.Visibility;
import org.roundtable.language.Messages;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.TypedQuery;

/**
 * Where students stand on each part of the assignments that ask for replies, as Canvas's checkpoints
 * do: their answers (every assigned question answered, as post first counts an answer) and the
 * classmates they replied to, each part with the moment it was done, so "late" applies to each
 * ({@link Assignment#answersLate}, {@link Assignment#repliesLate}). One grouped query for a class, or
 * for one student in it, whatever its size.
 *
 * <p>A reply counts when it is the student's own, classmates may read it, and it answers a post of another
 * student of the class that is still there (not their own, not the teacher's); with post first on, only a
 * published answer of another student. Each classmate counts once, however many replies they got.
 */
public final class Checkpoints {

    /** One student on one assignment; {@code now} decides whether a part not done yet is late. */
    public record Checkpoint(Assignment assignment, int questions, int answered, Instant answeredAt, int repliedTo,
            Instant repliesMetAt, Instant now) {

        public boolean answeredAll() {
            return questions > 0 && answered >= questions;
        }

        public boolean repliesMet() {
            return repliedTo >= assignment.requiredReplies;
        }

        public boolean answersLate() {
            return assignment.answersLate(answeredAll() ? answeredAt : null, now);
        }

        public boolean repliesLate() {
            return assignment.repliesLate(repliesMetAt, now);
        }

        /** "Answered", "Answered 1 of 3 questions" or "Not answered yet". */
        public String answers() {
            OverviewMsg words = Messages.now(OverviewMsg.class);
            if (answeredAll()) {
                return words.answeredAll();
            }
            return answered == 0 ? words.notAnsweredYet() : words.answeredSome() + " " + answered + " "
                    + Plurals.format(Messages.locale(), words.ofQuestions(), questions);
        }

        /** "1 of 2 classmates", counting each classmate once. */
        public String replies() {
            return repliedTo + " " + Plurals.format(Messages.locale(), Messages.now(OverviewMsg.class).ofClassmates(),
                    assignment.requiredReplies);
        }

        /** "Answered · replied to 1 of 2 classmates". */
        public String label() {
            return Messages.now(OverviewMsg.class).checkpointLabel(answers(), replies());
        }
    }

    /** What one student did in one assignment: first answer per discussion, first reply per classmate. */
    private record Tally(Map<Long, Instant> answers, Map<Long, Instant> classmates) {

        Tally() {
            this(new HashMap<>(), new HashMap<>());
        }

        Checkpoint checkpoint(Assignment assignment, int questions, Instant now) {
            Instant answeredAt = answers.values().stream().max(Instant::compareTo).orElse(null);
            List<Instant> firsts = classmates.values().stream().sorted().toList();
            Instant metAt = firsts.size() >= assignment.requiredReplies ? firsts.get(assignment.requiredReplies - 1)
                    : null;
            return new Checkpoint(assignment, questions, answers.size(), answeredAt, classmates.size(), metAt, now);
        }
    }

    /** The assignments that ask for replies by id, in the class's order, and how many questions each has. */
    private final Map<Long, Assignment> assignments = new LinkedHashMap<>();
    private final Map<Long, Integer> questions = new HashMap<>();
    private final Map<Long, Map<Long, Tally>> byAccount = new HashMap<>();
    private final Instant now;

    private Checkpoints(List<Discussion> listed, Instant now) {
        this.now = now;
        for (Discussion discussion : listed) {
            if (discussion.assignment.requiredReplies != null) {
                assignments.putIfAbsent(discussion.assignment.id, discussion.assignment);
                questions.merge(discussion.assignment.id, 1, Integer::sum);
            }
        }
    }

    /** Every student of a class; {@code listed}: the class's assigned discussions ({@link Discussion#listFor}). */
    public static Checkpoints forClass(long classId, List<Discussion> listed, Instant now) {
        Checkpoints checkpoints = new Checkpoints(listed, now);
        if (!checkpoints.questions.isEmpty()) {
            checkpoints.read(query("", classId));
        }
        return checkpoints;
    }

    /** One student of a class, the same way. */
    public static Checkpoints forStudent(long classId, long accountId, List<Discussion> listed, Instant now) {
        Checkpoints checkpoints = new Checkpoints(listed, now);
        if (!checkpoints.questions.isEmpty()) {
            checkpoints.read(query("and p.author.id = :me ", classId).setParameter("me", accountId));
        }
        return checkpoints;
    }

    /** The assignments that ask for replies, in the class's order. */
    public List<Assignment> assignments() {
        return List.copyOf(assignments.values());
    }

    /** The student's checkpoint on each assignment that asks for replies, in the class's order. */
    public List<Checkpoint> of(long accountId) {
        List<Checkpoint> list = new ArrayList<>();
        assignments.values().forEach(assignment -> list.add(of(accountId, assignment)));
        return list;
    }

    /** The student's checkpoint on the assignment; null when it asks for no replies. */
    public Checkpoint of(long accountId, Assignment assignment) {
        Integer count = questions.get(assignment.id);
        if (count == null) {
            return null;
        }
        Tally tally = byAccount.getOrDefault(accountId, Map.of()).getOrDefault(assignment.id, new Tally());
        return tally.checkpoint(assignment, count, now);
    }

    /**
     * Rows of (assignment, author, discussion, replied-to author, first answer, first counted reply): grouped
     * by the classmate replied to, so each counts once per discussion and the Java side merges discussions.
     */
    private static TypedQuery<Object[]> query(String onlyStudent, long classId) {
        String counts = PostKind.replyHql("p") + " and " + Visibility.toClassmatesHql("p")
                + " and par.author.id <> p.author.id and e.id is not null and (c.postFirst = false and "
                + Visibility.liveHql("par") + " or " + PostKind.answerHql("par") + " and "
                + Visibility.toClassmatesHql("par") + ")";
        return Panache.getEntityManager().createQuery("select a.id, p.author.id, d.id, par.author.id, "
                + "min(case when " + PostKind.answerHql("p") + " and " + Visibility.unlocksPostFirstHql("p", "c")
                + " then p.createdAt end), min(case when " + counts + " then p.createdAt end) "
                + "from Post p join p.discussion d join d.assignment a join d.classroom c left join p.parent par "
                + "left join Enrollment e on e.account.id = par.author.id and e.classroom.id = c.id "
                + "where c.id = :c and d.withdrawn = false and a.requiredReplies is not null and "
                + Visibility.liveHql("p") + " " + onlyStudent
                + "group by a.id, p.author.id, d.id, par.author.id", Object[].class).setParameter("c", classId);
    }

    private void read(TypedQuery<Object[]> query) {
        for (Object[] row : query.getResultList()) {
            if (row[1] == null) {
                continue;
            }
            Tally tally = byAccount.computeIfAbsent((Long) row[1], k -> new HashMap<>())
                    .computeIfAbsent((Long) row[0], k -> new Tally());
            if (row[4] != null) {
                tally.answers().merge((Long) row[2], (Instant) row[4], Checkpoints::earlier);
            }
            if (row[5] != null) {
                tally.classmates().merge((Long) row[3], (Instant) row[5], Checkpoints::earlier);
            }
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
