package org.putright.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.putright.complaint.Decision;
import org.putright.complaint.HistoricStep;
import org.putright.system.problem.InvalidInput;

class RowParserTest {

    private static final RowParser PARSER = RowParser.forHeader(ImportLayout.COLUMNS);

    @Test
    void aGoodRowBecomesTheComplaintsHistoryInOrder() {
        List<String> fields = row();
        set(fields, "acknowledged_at", "2024-06-10");
        set(fields, "handler", "hana");
        set(fields, "extensions", "2024-06-20|5|Waiting for the surveyor|");
        set(fields, "responded_at", "2024-06-28T15:00:00+01:00");
        set(fields, "outcome", "partly upheld");
        set(fields, "remedies", "FINANCIAL|£150.00|2024-07-31|2024-07-01|Compensation;APOLOGY|||2024-06-28|Sorry");
        set(fields, "closed_at", "2024-06-29 10:00");

        RowParser.Result result = PARSER.parse(2, fields);

        assertThat(result.problems()).isEmpty();
        ParsedRow row = java.util.Objects.requireNonNull(result.row());
        assertThat(row.legacyReference()).isEqualTo("OLD-1");
        assertThat(row.resident().tenancyReference()).isEqualTo("T-1");
        // A date alone is midday in London, so it keeps its day whatever the clocks do.
        assertThat(row.receipt().receivedAt()).isEqualTo(Instant.parse("2024-06-03T11:00:00Z"));
        assertThat(row.steps())
                .extracting(step -> step.getClass().getSimpleName())
                .containsExactly(
                        "Acknowledged", "Extended", "Responded", "Closed", "RemedyCarriedOut", "RemedyCarriedOut");
        HistoricStep.Responded responded = (HistoricStep.Responded) row.steps().get(2);
        assertThat(responded.decision()).isEqualTo(Decision.PARTLY_UPHELD);
        assertThat(responded.remedies()).hasSize(2);
        assertThat(responded.remedies().getFirst().amount()).isEqualByComparingTo("150.00");
        assertThat(row.steps().get(3).at()).isEqualTo(Instant.parse("2024-06-29T09:00:00Z"));
    }

    @Test
    void everyProblemOfARowIsReported() {
        List<String> fields = row();
        set(fields, "legacy_reference", "");
        set(fields, "channel", "carrier pigeon");
        set(fields, "resident_email", "not an address");
        set(fields, "acknowledged_at", "2024-06-10");
        set(fields, "responded_at", "2024-06-01");
        set(fields, "remedies", "FINANCIAL||2024-07-31||Compensation;APOLOGY|5.00|||Sorry");
        set(fields, "stage2_extensions", "soon|five|");

        RowParser.Result result = PARSER.parse(7, fields);

        assertThat(result.row()).isNull();
        assertThat(result.problems())
                .anyMatch(problem -> problem.equals("legacy_reference is required"))
                .anyMatch(problem -> problem.startsWith("channel 'carrier pigeon' is not one of"))
                .anyMatch(problem -> problem.startsWith("resident_email must be a well-formed"))
                .anyMatch(problem -> problem.equals("handler is needed when acknowledged_at is given"))
                .anyMatch(problem -> problem.equals("outcome is needed when responded_at is given"))
                .anyMatch(problem -> problem.equals("responded_at is before acknowledged_at, which it follows"))
                .anyMatch(problem -> problem.contains("remedies item 1: a FINANCIAL remedy needs its amount"))
                .anyMatch(problem -> problem.contains("remedies item 2: only a FINANCIAL remedy has an amount"))
                .anyMatch(problem -> problem.contains("stage2_extensions item 1"));
    }

    @Test
    void aClosureBeforeTheEscalationClosesStageOne() {
        List<String> fields = row();
        set(fields, "acknowledged_at", "2024-06-04");
        set(fields, "handler", "hana");
        set(fields, "responded_at", "2024-06-10");
        set(fields, "outcome", "NOT_UPHELD");
        set(fields, "closed_at", "2024-06-11");
        set(fields, "escalated_at", "2024-07-01");

        ParsedRow row = java.util.Objects.requireNonNull(PARSER.parse(2, fields).row());

        assertThat(row.steps())
                .extracting(step -> step.getClass().getSimpleName())
                .containsExactly("Acknowledged", "Responded", "Closed", "Escalated");
    }

    @Test
    void theHeaderMustNameTheRequiredColumnsAndNoUnknownOnes() {
        assertThatThrownBy(() -> RowParser.forHeader(List.of("legacy_reference", "recieved_at", "channel")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("unknown column 'recieved_at'")
                .hasMessageContaining("required column 'received_at' is missing")
                .hasMessageContaining("required column 'description' is missing");
    }

    @Test
    void csvRecordsKeepQuotedCommasQuotesAndLineBreaksAndTheLineEachStartsOn() throws IOException {
        String text = "\uFEFFa,b\r\n\"one, two\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n\nlast,";
        try (CsvRecords records = new CsvRecords(new StringReader(text))) {
            List<CsvRecords.CsvRecord> all = new ArrayList<>();
            for (CsvRecords.CsvRecord record = records.next(); record != null; record = records.next()) {
                all.add(record);
            }
            assertThat(all)
                    .containsExactly(
                            new CsvRecords.CsvRecord(1, List.of("a", "b")),
                            new CsvRecords.CsvRecord(2, List.of("one, two", "say \"hi\"")),
                            new CsvRecords.CsvRecord(3, List.of("two\nlines", "x")),
                            new CsvRecords.CsvRecord(6, List.of("last", "")));
        }
    }

    @Test
    void anUnclosedQuoteIsMalformedFromTheLineItOpensOn() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("a\n\"never closed\nmore"));
        assertThat(records.next()).isEqualTo(new CsvRecords.CsvRecord(1, List.of("a")));
        assertThatThrownBy(records::next)
                .isInstanceOfSatisfying(CsvRecords.MalformedCsv.class, malformed -> assertThat(malformed.line())
                        .isEqualTo(2));
    }

    private static List<String> row() {
        List<String> fields = new ArrayList<>();
        ImportLayout.COLUMNS.forEach(column -> fields.add(""));
        set(fields, "legacy_reference", "OLD-1");
        set(fields, "resident_reference", "T-1");
        set(fields, "resident_name", "Ada Lovelace");
        set(fields, "resident_email", "ada@example.org");
        set(fields, "received_at", "2024-06-03");
        set(fields, "channel", "PHONE");
        set(fields, "description", "The boiler broke twice.");
        return fields;
    }

    private static void set(List<String> fields, String column, String value) {
        fields.set(ImportLayout.COLUMNS.indexOf(column), value);
    }
}
