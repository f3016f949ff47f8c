package org.roundtable.grading;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.roundtable.classroom.AssignedQuestions;
import org.roundtable.classroom.Assignment;
import org.roundtable.classroom.Feedback;
import org.roundtable.classroom.FeedbackExtensions;
import org.roundtable.classroom.SchoolTime;
import org.roundtable.discussion.CsvFiles;
import org.roundtable.language.Messages;
import org.roundtable.overview.Checkpoints;
import org.roundtable.overview.Participation;

/**
 * The gradebook: one row per student, and per assignment its assigned questions (answered, replies, words),
 * for an assignment that asks for replies the classmates replied to and which parts are late, followed by the
 * score and whether feedback was given, so a spreadsheet needs no reshaping. Times are the
 * school's, to the minute. Headings and yes or no are in the reader's language.
 */
final class GradebookCsv {

    private GradebookCsv() {
    }

    static String write(Participation participation, List<Assignment> assignments, List<Feedback> feedback) {
        Map<String, Feedback> given = new HashMap<>();
        feedback.forEach(f -> given.put(f.assignment.id + ":" + f.account.id, f));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CsvFiles.printer(out)) {
            printer.printRecord(CsvFiles.cells(header(participation, assignments).toArray()));
            for (Participation.StudentRow row : participation.students()) {
                printer.printRecord(CsvFiles.cells(cells(participation, assignments, row, given).toArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> header(Participation participation, List<Assignment> assignments) {
        List<AssignedQuestions.Numbered> numbered = AssignedQuestions.of(participation.discussions());
        GradingMsg words = Messages.now(GradingMsg.class);
        List<Object> header = new ArrayList<>(List.of(words.csvStudent()));
        for (Assignment assignment : assignments) {
            for (AssignedQuestions.Numbered n : numbered) {
                if (n.discussion().assignment.id.equals(assignment.id)) {
                    header.addAll(List.of(words.csvAnswered(n.label()), words.csvReplies(n.label()),
                            words.csvWords(n.label())));
                }
            }
            String title = assignment.article.title;
            if (assignment.requiredReplies != null) {
                header.add(words.csvRepliedTo(title, String.valueOf(assignment.requiredReplies)));
                header.add(words.csvLate(title));
            }
            header.add(assignment.maxScore == null ? words.csvScore(title)
                    : words.csvScoreOutOf(title, String.valueOf(assignment.maxScore)));
            header.add(words.csvFeedbackGiven(title));
        }
        header.add(words.csvLastActivity(SchoolTime.ZONE.getId()));
        return header;
    }

    private static List<Object> cells(Participation participation, List<Assignment> assignments,
            Participation.StudentRow row, Map<String, Feedback> given) {
        GradingMsg words = Messages.now(GradingMsg.class);
        List<Object> cells = new ArrayList<>(List.of(row.student().displayName));
        for (Assignment assignment : assignments) {
            for (int i = 0; i < participation.discussions().size(); i++) {
                if (participation.discussions().get(i).assignment.id.equals(assignment.id)) {
                    Participation.Cell cell = row.cells().get(i);
                    cells.addAll(List.of(cell.answered() ? words.yes() : words.no(), cell.replies(), cell.words()));
                }
            }
            Checkpoints.Checkpoint checkpoint = checkpoint(participation, row, assignment);
            if (checkpoint != null) {
                cells.add(checkpoint.repliedTo());
                cells.add(late(checkpoint, words));
            }
            Feedback feedback = given.get(assignment.id + ":" + row.student().account.id);
            Object score = FeedbackExtensions.scoreCell(feedback);
            cells.add(score == null ? "" : score);
            cells.add(feedback == null ? words.no() : words.yes());
        }
        cells.add(CsvFiles.schoolTime(row.lastActivity()));
        return cells;
    }

    /** The row's checkpoint on an assignment that asks for replies; null for one that asks for none. */
    private static Checkpoints.Checkpoint checkpoint(Participation participation, Participation.StudentRow row,
            Assignment assignment) {
        List<Assignment> asking = participation.replyAssignments();
        for (int i = 0; i < asking.size(); i++) {
            if (asking.get(i).id.equals(assignment.id)) {
                return row.checkpoints().get(i);
            }
        }
        return null;
    }

    /** Which parts are late: "answer", "replies", "answer, replies" or empty. */
    private static String late(Checkpoints.Checkpoint checkpoint, GradingMsg words) {
        List<String> parts = new ArrayList<>();
        if (checkpoint.answersLate()) {
            parts.add(words.csvLateAnswer());
        }
        if (checkpoint.repliesLate()) {
            parts.add(words.csvLateReplies());
        }
        return String.join(", ", parts);
    }
}
