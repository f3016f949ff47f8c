package org.roundtable.discussion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;

/**
 * "Did the discussion change your mind?" as the discussion page shows it to one viewer: the form
 * before reading or after it (as typed, when refused), and the chart where the viewer may see it.
 *
 * @param form the form shown: blank, as refused, or with what the student said after reading
 * @param errors the refused form's messages by field
 * @param chart the class's figures, or null where the viewer may not see them
 * @param creditable the posts of the page the student may credit with changing their mind
 */
public record MindsView(DiscussionScope scope, StanceForm form, Map<String, String> errors, MindsChart chart,
        List<Creditable> creditable, boolean closed) {

    /** Longest excerpt of a post's text in the list of posts to credit. */
    private static final int EXCERPT = 60;

    /** A "where do you stand?" form the server refused, shown again as typed with its messages. */
    public record Refused(StanceForm form, Map<String, String> errors) {
    }

    /** A post the student can read, as the list offers it: "Ben T: I think that…". */
    public record Creditable(long id, String label) {
    }

    /**
     * What the page shows: the chart of the class's rows costs one query, made only where it is shown
     * (the teacher, a student who has answered, on a question that takes a stance).
     *
     * @param refused the form as refused, or null for the page as opened
     */
    static MindsView of(DiscussionScope scope, PostPage posts, Refused refused, Instant now) {
        boolean asked = scope.question().stanceEnabled();
        MindsChart chart = null;
        if (asked && (scope.teacher() || scope.hasAnswered())) {
            List<StanceChange> stances = StanceChange.listFor(scope.discussion().id);
            chart = scope.teacher() ? MindsChart.forTeacher(scope.discussion().id, scope.basePath(), stances,
                    scope.viewing()) : MindsChart.forStudents(scope.discussion().id, stances);
        }
        StanceForm form = refused != null ? refused.form() : StanceForm.of(scope.stance());
        Map<String, String> errors = refused != null ? refused.errors() : Map.of();
        List<Creditable> creditable = asked && !scope.teacher() && scope.hasAnswered() ? creditable(posts)
                : List.of();
        return new MindsView(scope, form, errors, chart, creditable, scope.postingClosedReason(now) != null);
    }

    private static List<Creditable> creditable(PostPage posts) {
        List<Creditable> out = new ArrayList<>();
        for (ThreadEntry entry : posts.entries()) {
            if (!entry.isPlaceholder() && !entry.own()) {
                String text = Jsoup.parseBodyFragment(entry.bodyHtml()).text();
                String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT).strip() + "…" : text;
                out.add(new Creditable(entry.id(), entry.name() + ": " + excerpt));
            }
        }
        return out;
    }

    /** A question that takes a stance, to a student. */
    private boolean asksStudent() {
        return scope.question().stanceEnabled() && !scope.teacher() && !scope.discussion().withdrawn && !closed;
    }

    /** Where do you stand before reading? Until the student answers or says (or skips). */
    public boolean asksBefore() {
        return asksStudent() && scope.stance() == null && !scope.hasAnswered();
    }

    /** Did the discussion change your mind? Once the student has answered. */
    public boolean asksAfter() {
        return asksStudent() && scope.hasAnswered();
    }

    /** The chart is drawn once anyone has said where they stand. */
    public boolean showsChart() {
        return chart != null && !chart.isEmpty();
    }

    /** Where the student said they stood before reading, if they did. */
    public Stance before() {
        return scope.stance() == null ? null : scope.stance().stanceBefore;
    }
}
