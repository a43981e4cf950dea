package org.putright.boardreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A report for the governing body as it is read: a title, the period it covers, the day its
 * figures stand at, and its parts in order, each answering a provision of the Code. Every figure
 * is already text, as printed, so the same report renders the same in HTML, PDF and DOCX and can
 * be kept exactly as the governing body saw it.
 *
 * @param asAt the day the figures were taken from the record
 */
public record BoardReport(String title, LocalDate from, LocalDate to, LocalDate asAt, List<Part> parts) {

    public BoardReport {
        parts = List.copyOf(parts);
    }

    /** The table with this id, in whichever part holds it. */
    public Optional<FigureTable> table(String id) {
        return parts.stream()
                .flatMap(part -> part.tables().stream())
                .filter(table -> table.id().equals(id))
                .findFirst();
    }

    /**
     * One part of a report.
     *
     * @param provision the Code provision it answers, e.g. {@code 8.1b}
     * @param paragraphs what the record says in words, before the tables
     */
    public record Part(String provision, String heading, List<String> paragraphs, List<FigureTable> tables) {

        public Part {
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
        }

        /** {@code 8.1b: Complaint handling performance}. */
        public String title() {
            return provision + ": " + heading;
        }

        public String anchor() {
            return "part-" + provision.replace('.', '-');
        }
    }
}
