package org.roundtable.discussion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roundtable.language.Messages;

/**
 * Where a class stood on a stance question before reading its discussion and where it stands after:
 * the figures of one discussion's {@link StanceChange} rows. A student who said where they stood and
 * not since counts where they stood in both; one who skipped "before" counts only after. For the
 * teacher ({@link #forTeacher}) it adds who moved, which way, and the posts credited with it, named as
 * the teacher sees names; for students ({@link #forStudents}) only the two distributions.
 *
 * @param reasons what changed minds, in the students' words, without their names
 * @param full the teacher's chart: moves, credited posts and reasons
 */
public record MindsChart(long discussionId, List<Row> rows, int moved, List<Move> moves, List<Credit> credits,
        List<String> reasons, boolean full) {

    /** One option: how many stood there before, and how many stand there now. */
    public record Row(Stance stance, int before, int after) {
    }

    /** How many went from one option to another. */
    public record Move(Stance from, Stance to, int count) {
    }

    /**
     * A post credited with changing minds.
     *
     * @param name its author, as the teacher sees names
     * @param live still there (its author may have deleted it since)
     * @param path the post in its place in the discussion
     */
    public record Credit(long postId, String name, boolean live, int count, String path) {
    }

    /**
     * @param basePath the discussion page, which the credited posts link into
     */
    public static MindsChart forTeacher(long discussionId, String basePath, List<StanceChange> stances,
            ThreadBuilder.Viewing teacher) {
        return new MindsChart(discussionId, rows(stances), (int) stances.stream().filter(StanceChange::moved).count(),
                moves(stances), credits(stances, teacher, basePath),
                stances.stream().map(s -> s.reason).filter(r -> r != null).toList(), true);
    }

    public static MindsChart forStudents(long discussionId, List<StanceChange> stances) {
        return new MindsChart(discussionId, rows(stances), 0, List.of(), List.of(), List.of(), false);
    }

    private static List<Row> rows(List<StanceChange> stances) {
        List<Row> rows = new ArrayList<>();
        for (Stance option : Stance.values()) {
            int before = (int) stances.stream().filter(s -> s.stanceBefore == option).count();
            int after = (int) stances.stream().filter(s -> s.now() == option).count();
            rows.add(new Row(option, before, after));
        }
        return rows;
    }

    private static List<Move> moves(List<StanceChange> stances) {
        List<Move> moves = new ArrayList<>();
        for (Stance from : Stance.values()) {
            for (Stance to : Stance.values()) {
                int count = (int) stances.stream()
                        .filter(s -> s.moved() && s.stanceBefore == from && s.stanceAfter == to).count();
                if (count > 0) {
                    moves.add(new Move(from, to, count));
                }
            }
        }
        return moves;
    }

    /** The credited posts, most credited first; the rows come with their posts and authors loaded. */
    private static List<Credit> credits(List<StanceChange> stances, ThreadBuilder.Viewing teacher,
            String basePath) {
        Map<Long, Credit> credits = new LinkedHashMap<>();
        for (StanceChange stance : stances) {
            Post post = stance.creditedPost;
            if (post != null) {
                String name = post.byline().seenBy(teacher);
                Credit known = credits.get(post.id);
                credits.put(post.id, new Credit(post.id, name == null ? Byline.formerClassmate() : name,
                        post.isLive(), known == null ? 1 : known.count() + 1, basePath + "#post-" + post.id));
            }
        }
        List<Credit> sorted = new ArrayList<>(credits.values());
        sorted.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return sorted;
    }

    /** How many said where they stood before reading. */
    public int beforeTotal() {
        return rows.stream().mapToInt(Row::before).sum();
    }

    /** How many stand somewhere now. */
    public int afterTotal() {
        return rows.stream().mapToInt(Row::after).sum();
    }

    public boolean isEmpty() {
        return afterTotal() == 0;
    }

    /** The figures in words, for the chart's description: "Before: Agree 2, Disagree 1, Unsure 0. After: …". */
    public String summary() {
        StringBuilder before = new StringBuilder(Messages.now(PostMsg.class).chartBefore()).append(' ');
        StringBuilder after = new StringBuilder(Messages.now(PostMsg.class).chartAfter()).append(' ');
        for (Row row : rows) {
            String sep = row.stance() == Stance.values()[0] ? "" : ", ";
            before.append(sep).append(row.stance().label()).append(' ').append(row.before());
            after.append(sep).append(row.stance().label()).append(' ').append(row.after());
        }
        return before + ". " + after + ".";
    }

    /** The chart's bars, laid out once here: {@link MindsBars}. */
    public List<MindsBars.Bar> bars() {
        return MindsBars.of(rows);
    }

    public List<MindsBars.Label> labels() {
        return MindsBars.labels(rows);
    }

    // The drawing's frame, for the template: MindsBars lays it out.

    public int width() {
        return MindsBars.WIDTH;
    }

    public int height() {
        return MindsBars.HEIGHT;
    }

    public int baseline() {
        return MindsBars.baseline();
    }

    public int right() {
        return MindsBars.right();
    }

    public int legendY() {
        return MindsBars.legendY();
    }
}
