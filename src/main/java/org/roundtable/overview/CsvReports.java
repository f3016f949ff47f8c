package org.roundtable.overview;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.jsoup.Jsoup;
import org.roundtable.classroom.Discussion;
import org.roundtable.discussion.CsvFiles;
import org.roundtable.language.Messages;

import jakarta.ws.rs.core.Response;

/** The CSV downloads of the reports: one row per student and question, or one per post, headed in the reader's language. */
final class CsvReports {

    /** The time zone of the reports' times, named in their headings. */
    static final String UTC = "UTC";

    private CsvReports() {
    }

    interface Rows {

        void write(CSVPrinter printer) throws IOException;
    }

    static Response participation(String fileName, Participation participation) {
        OverviewMsg words = Messages.now(OverviewMsg.class);
        return download(fileName, printer -> {
            printer.printRecord((Object[]) header(words.csvParticipation(UTC)));
            for (Participation.StudentRow row : participation.students()) {
                for (int i = 0; i < participation.discussions().size(); i++) {
                    Discussion discussion = participation.discussions().get(i);
                    Participation.Cell cell = row.cells().get(i);
                    printer.printRecord(CsvFiles.cells(row.student().displayName, discussion.question.position,
                            discussion.question.text, cell.answered() ? words.yes() : words.no(), cell.replies(),
                            cell.words(),
                            cell.lastActivity(), cell.flags()));
                }
            }
        });
    }

    static Response discussion(String fileName, List<Transcript.Entry> entries) {
        return download(fileName, printer -> {
            printer.printRecord((Object[]) header(Messages.now(OverviewMsg.class).csvDiscussion(UTC)));
            for (Transcript.Entry e : entries) {
                printer.printRecord(CsvFiles.cells(e.postId(), e.parentId(), e.author(), e.createdAt(), e.editedAt(),
                        e.statusLabel(), e.stance() == null ? null : e.stance().label(),
                        e.section() == null ? null : e.section().heading(), e.words(),
                        Jsoup.parse(e.bodyHtml()).wholeText().strip()));
            }
        });
    }

    /** A header row kept in a message bundle as one line, its columns separated by commas. */
    static String[] header(String columns) {
        return columns.split(",");
    }

    private static Response download(String fileName, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CsvFiles.printer(out)) {
            rows.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CsvFiles.download(out.toString(), fileName);
    }
}
