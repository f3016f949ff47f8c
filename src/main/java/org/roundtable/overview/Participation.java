package org.roundtable.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.classroom.AssignedQuestions;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Discussion;
import org.roundtable.classroom.Enrollment;
import org.roundtable.discussion.EnumParams;
import org.roundtable.discussion.PostKind;
import org.roundtable.discussion.Visibility;
import org.roundtable.language.Messages;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Students × assigned questions: answered, replies, words, last activity, flags; and, for each assignment
 * that asks for replies ({@link #replyAssignments}, with their articles' titles for the headers), where
 * each student stands on it.
 */
public record Participation(List<Discussion> discussions, List<Assignment> replyAssignments,
        List<String> replyTitles, List<StudentRow> students) {

    /** A question's column: "Q2" and its first words, both shown in the header. */
    public record Column(Discussion discussion, int number, String words, String label) {

        static Column of(AssignedQuestions.Numbered numbered) {
            String label = numbered.label();
            return new Column(numbered.discussion(), numbered.number(), label.substring(label.indexOf(": ") + 2),
                    label);
        }
    }

    /** The columns in the order of {@link #discussions}, numbered as students see them. */
    public List<Column> columns() {
        return AssignedQuestions.of(discussions).stream().map(Column::of).toList();
    }

    /** What the table holds, as its caption says. */
    public String caption() {
        return Messages.now(OverviewMsg.class).participationCaption();
    }

    /** One student's work in one discussion. */
    public record Cell(boolean answered, long replies, long words, Instant lastActivity, long flags) {

        static final Cell EMPTY = new Cell(false, 0, 0, null, 0);
    }

    /** A student's row; {@code checkpoints}: one per assignment of {@link #replyAssignments}, in that order. */
    public record StudentRow(Enrollment student, List<Cell> cells, long answered, long replies, long words,
            Instant lastActivity, long flags, List<Checkpoints.Checkpoint> checkpoints) {
    }

    public enum SortBy {

        NAME, ANSWERED, REPLIES, WORDS, ACTIVITY, FLAGS;

        /** "Last activity", in the language being spoken. */
        public String label() {
            OverviewMsg words = Messages.now(OverviewMsg.class);
            return switch (this) {
                case NAME -> words.sortName();
                case ANSWERED -> words.answered();
                case REPLIES -> words.sortReplies();
                case WORDS -> words.words();
                case ACTIVITY -> words.lastActivity();
                case FLAGS -> words.flags();
            };
        }

        public static SortBy parse(String value) {
            return EnumParams.parse(SortBy.class, value, NAME);
        }
    }

    /**
     * Four queries at most: the discussions, the roster, one grouped aggregate over the class's posts and, when
     * an assignment asks for replies, one for the classmates replied to.
     */
    public static Participation of(long classId, SortBy sort, Instant now) {
        List<Discussion> discussions = Discussion.listFor(classId);
        List<Enrollment> roster = Enrollment.list("classroom.id = ?1", classId);
        Map<Long, Map<Long, Cell>> cells = cells(classId);
        Checkpoints checkpoints = Checkpoints.forClass(classId, discussions, now);
        List<StudentRow> rows = new ArrayList<>();
        for (Enrollment student : roster) {
            Map<Long, Cell> mine = cells.getOrDefault(student.account.id, Map.of());
            List<Cell> row = discussions.stream().map(d -> mine.getOrDefault(d.id, Cell.EMPTY)).toList();
            rows.add(new StudentRow(student, row, row.stream().filter(Cell::answered).count(),
                    row.stream().mapToLong(Cell::replies).sum(), row.stream().mapToLong(Cell::words).sum(),
                    row.stream().map(Cell::lastActivity).filter(t -> t != null).max(Comparator.naturalOrder())
                            .orElse(null),
                    row.stream().mapToLong(Cell::flags).sum(), checkpoints.of(student.account.id)));
        }
        rows.sort(comparator(sort));
        List<Assignment> asking = checkpoints.assignments();
        return new Participation(discussions, asking, asking.stream().map(a -> a.article.title).toList(), rows);
    }

    /** Each author's cell in each discussion, counting the posts that are still there ({@link Visibility#isLive}). */
    private static Map<Long, Map<Long, Cell>> cells(long classId) {
        Map<Long, Map<Long, Cell>> cells = new HashMap<>();
        for (Object[] row : Panache.getEntityManager().createQuery("select p.author.id, p.discussion.id, "
                + "sum(case when " + PostKind.answerHql("p") + " then 1 else 0 end), sum(case when "
                + PostKind.replyHql("p") + " then 1 else 0 end), "
                + "sum(p.wordCount), max(p.createdAt), sum(p.flagCount) "
                + "from Post p where p.discussion.classroom.id = :c and " + Visibility.liveHql("p") + " "
                + "group by p.author.id, p.discussion.id", Object[].class)
                .setParameter("c", classId)
                .getResultList()) {
            if (row[0] == null) {
                continue;
            }
            cells.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], new Cell(
                    ((Number) row[2]).longValue() > 0, ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                    (Instant) row[5], ((Number) row[6]).longValue()));
        }
        return cells;
    }

    private static Comparator<StudentRow> comparator(SortBy sort) {
        Comparator<StudentRow> byName = Comparator.comparing(r -> r.student().displayName.toLowerCase());
        return switch (sort) {
            case NAME -> byName;
            case ANSWERED -> Comparator.comparingLong(StudentRow::answered).reversed().thenComparing(byName);
            case REPLIES -> Comparator.comparingLong(StudentRow::replies).reversed().thenComparing(byName);
            case WORDS -> Comparator.comparingLong(StudentRow::words).reversed().thenComparing(byName);
            case FLAGS -> Comparator.comparingLong(StudentRow::flags).reversed().thenComparing(byName);
            case ACTIVITY -> Comparator.comparing(StudentRow::lastActivity,
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder())).thenComparing(byName);
        };
    }
}
