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
import org.roundtable.overview.Checkpoints;
import org.roundtable.overview.Participation;

/**
 * The gradebook: one row per student, and per assignment its assigned questions (answered, replies, words),
 * for an assignment that asks for replies the classmates replied to and which parts are late, followed by the
 * score and whether feedback was given, so a spreadsheet needs no reshaping. Times are the
 * school's, to the minute.
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
        List<Object> header = new ArrayList<>(List.of("Student"));
        for (Assignment assignment : assignments) {
            for (AssignedQuestions.Numbered n : numbered) {
                if (n.discussion().assignment.id.equals(assignment.id)) {
                    header.addAll(List.of(n.label() + " — answered", n.label() + " — replies", n.label() + " — words"));
                }
            }
            String title = assignment.article.title;
            if (assignment.requiredReplies != null) {
                header.add("Classmates replied to: " + title + " (of " + assignment.requiredReplies + ")");
                header.add("Late: " + title);
            }
            header.add(
                    "Score: " + title + (assignment.maxScore == null ? "" : " (out of " + assignment.maxScore + ")"));
            header.add("Feedback given: " + title);
        }
        header.add("Last activity (" + SchoolTime.ZONE.getId() + ")");
        return header;
    }

    private static List<Object> cells(Participation participation, List<Assignment> assignments,
            Participation.StudentRow row, Map<String, Feedback> given) {
        List<Object> cells = new ArrayList<>(List.of(row.student().displayName));
        for (Assignment assignment : assignments) {
            for (int i = 0; i < participation.discussions().size(); i++) {
                if (participation.discussions().get(i).assignment.id.equals(assignment.id)) {
                    Participation.Cell cell = row.cells().get(i);
                    cells.addAll(List.of(cell.answered() ? "yes" : "no", cell.replies(), cell.words()));
                }
            }
            Checkpoints.Checkpoint checkpoint = checkpoint(participation, row, assignment);
            if (checkpoint != null) {
                cells.add(checkpoint.repliedTo());
                cells.add(late(checkpoint));
            }
            Feedback feedback = given.get(assignment.id + ":" + row.student().account.id);
            Object score = FeedbackExtensions.scoreCell(feedback);
            cells.add(score == null ? "" : score);
            cells.add(feedback == null ? "no" : "yes");
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
    private static String late(Checkpoints.Checkpoint checkpoint) {
        List<String> parts = new ArrayList<>();
        if (checkpoint.answersLate()) {
            parts.add("answer");
        }
        if (checkpoint.repliesLate()) {
            parts.add("replies");
        }
        return String.join(", ", parts);
    }
}
