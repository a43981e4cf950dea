package org.putright.migration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.Channel;
import org.putright.complaint.Decision;
import org.putright.complaint.Definition;
import org.putright.complaint.HistoricStep;
import org.putright.complaint.NewComplaint;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyType;
import org.putright.resident.ResidentDetails;
import org.putright.system.problem.InvalidInput;

/**
 * Turns one CSV record into a {@link ParsedRow}, or into every reason it cannot be one. Plain Java:
 * the checks that need the record (time order, the lifecycle) are the aggregate's, made after this.
 *
 * <p>Times are ISO-8601 with an offset ({@code 2024-06-07T10:15:00+01:00}, {@code ...Z}), or
 * without one in Europe/London ({@code 2024-06-07T10:15}, {@code 2024-06-07 10:15}); a date alone
 * ({@code 2024-06-07}) is midday in London, so that it keeps its day whatever the clocks do.
 */
final class RowParser {

    static final int MAX_LEGACY_REFERENCE = 100;
    static final int MAX_CATEGORY = 50;
    static final int MAX_HANDLER = 64;
    private static final LocalTime UNTIMED = LocalTime.NOON;
    private static final Pattern SPACED_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");

    private final Map<String, Integer> columns;

    private RowParser(Map<String, Integer> columns) {
        this.columns = columns;
    }

    /**
     * A parser for files with this header.
     *
     * @throws InvalidInput naming the missing, unknown or repeated columns
     */
    static RowParser forHeader(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && i == header.size() - 1) {
                continue; // a trailing comma some spreadsheets add
            }
            if (!ImportLayout.COLUMNS.contains(name)) {
                problems.add("unknown column '" + header.get(i).strip() + "'");
            } else if (columns.put(name, i) != null) {
                problems.add("column '" + name + "' appears twice");
            }
        }
        ImportLayout.REQUIRED.stream()
                .filter(required -> !columns.containsKey(required))
                .sorted()
                .forEach(missing -> problems.add("required column '" + missing + "' is missing"));
        if (!problems.isEmpty()) {
            throw new InvalidInput("header", String.join("; ", problems));
        }
        return new RowParser(columns);
    }

    /** The legacy reference of a record, read as it is, to find the same key twice in a file. */
    @Nullable
    String legacyReference(List<String> fields) {
        Integer index = columns.get("legacy_reference");
        return index == null || index >= fields.size()
                ? null
                : fields.get(index).strip();
    }

    /** The row, or the reasons it is bad (never both). */
    Result parse(int line, List<String> fields) {
        Row row = new Row(fields);
        if (fields.size()
                > columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 2) {
            row.problem("has " + fields.size() + " fields, more than the header's columns");
        }
        String legacyReference = row.required("legacy_reference", MAX_LEGACY_REFERENCE);
        ResidentDetails resident = ResidentDetails.of(
                orEmpty(row.required("resident_name", ResidentDetails.MAX_NAME)),
                row.text("resident_email"),
                row.text("resident_phone"),
                row.text("resident_address"),
                row.text("resident_postcode"),
                row.required("resident_reference", ResidentDetails.MAX_TENANCY_REFERENCE));
        try {
            resident = resident.resolved();
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> row.problem("resident_" + snake(error.field()) + " " + error.message()));
        }
        Instant receivedAt = row.time("received_at");
        Channel channel = row.choice("channel", Channel.class);
        String category = row.limited("category", MAX_CATEGORY);
        String description = row.required("description", 20_000);
        LocalDate issueFirstKnownOn = row.date("issue_first_known_on");
        String outcomeSought = row.text("outcome_sought");

        List<Timed> steps = new ArrayList<>();
        String handler1 = row.limited("handler", MAX_HANDLER);
        String handler2 = row.limited("stage2_handler", MAX_HANDLER);
        Definition definition = Definition.numbered(
                List.of(new Definition.PointText(
                        category == null
                                ? firstWords(orEmpty(description))
                                : "Complaint about " + category.replace('_', ' '),
                        outcomeSought == null ? "Not recorded before Putright" : outcomeSought)),
                List.of());

        Instant refused1 = row.time("refused_at");
        if (refused1 != null) {
            steps.add(new Timed(
                    "refused_at",
                    new HistoricStep.Refused(
                            refused1,
                            row.requiredChoice("refusal_ground", RefusalGround.class, "refused_at"),
                            orEmpty(row.text("refusal_reasons")),
                            orEmpty(handler1))));
        }
        Instant acknowledged1 = row.time("acknowledged_at");
        if (acknowledged1 != null) {
            if (handler1 == null) {
                row.problem("handler is needed when acknowledged_at is given");
            }
            steps.add(new Timed(
                    "acknowledged_at",
                    new HistoricStep.Acknowledged(
                            acknowledged1, orEmpty(handler1), definition, row.text("discretion_reason"))));
        }
        steps.addAll(row.extensions("extensions", orEmpty(handler1)));
        Instant responded1 = row.time("responded_at");
        List<HistoricStep.HistoricRemedy> remedies1 = new ArrayList<>();
        List<@Nullable Instant> carriedOut1 = new ArrayList<>();
        row.remedies("remedies", remedies1, carriedOut1);
        if (responded1 != null) {
            steps.add(new Timed(
                    "responded_at",
                    new HistoricStep.Responded(
                            responded1,
                            orEmpty(handler1),
                            row.requiredChoice("outcome", Decision.class, "responded_at"),
                            orEmpty(row.text("response_reasons")),
                            remedies1)));
        } else if (!remedies1.isEmpty()) {
            row.problem("remedies are given but responded_at is not: remedies are offered in a response");
        }
        Instant escalated = row.time("escalated_at");
        Instant closed = row.time("closed_at");
        // A complaint closed after stage 1 may still be escalated later (the resident asks after
        // closure); a closure after the escalation closes stage 2.
        boolean closedBeforeEscalation = closed != null && escalated != null && closed.isBefore(escalated);
        if (closedBeforeEscalation && closed != null) {
            steps.add(new Timed("closed_at", new HistoricStep.Closed(closed, "Closed before Putright.")));
        }
        if (escalated != null) {
            steps.add(new Timed("escalated_at", new HistoricStep.Escalated(escalated, row.text("escalation_reason"))));
        }
        Instant refused2 = row.time("stage2_refused_at");
        if (refused2 != null) {
            steps.add(new Timed(
                    "stage2_refused_at",
                    new HistoricStep.Refused(
                            refused2,
                            row.requiredChoice("stage2_refusal_ground", RefusalGround.class, "stage2_refused_at"),
                            orEmpty(row.text("stage2_refusal_reasons")),
                            orEmpty(handler2))));
        }
        Instant acknowledged2 = row.time("stage2_acknowledged_at");
        if (acknowledged2 != null) {
            if (handler2 == null) {
                row.problem("stage2_handler is needed when stage2_acknowledged_at is given");
            }
            steps.add(new Timed(
                    "stage2_acknowledged_at",
                    new HistoricStep.Acknowledged(acknowledged2, orEmpty(handler2), definition, null)));
        }
        steps.addAll(row.extensions("stage2_extensions", orEmpty(handler2)));
        Instant responded2 = row.time("stage2_responded_at");
        List<HistoricStep.HistoricRemedy> remedies2 = new ArrayList<>();
        List<@Nullable Instant> carriedOut2 = new ArrayList<>();
        row.remedies("stage2_remedies", remedies2, carriedOut2);
        if (responded2 != null) {
            steps.add(new Timed(
                    "stage2_responded_at",
                    new HistoricStep.Responded(
                            responded2,
                            orEmpty(handler2),
                            row.requiredChoice("stage2_outcome", Decision.class, "stage2_responded_at"),
                            orEmpty(row.text("stage2_response_reasons")),
                            remedies2)));
        } else if (!remedies2.isEmpty()) {
            row.problem("stage2_remedies are given but stage2_responded_at is not");
        }
        Instant withdrawn = row.time("withdrawn_at");
        if (withdrawn != null) {
            steps.add(new Timed("withdrawn_at", new HistoricStep.Withdrawn(withdrawn, "Withdrawn before Putright.")));
        }
        if (closed != null && !closedBeforeEscalation) {
            steps.add(new Timed("closed_at", new HistoricStep.Closed(closed, "Closed before Putright.")));
        }
        // Steps must follow one another in time; said here with the columns' names.
        Timed previous = receivedAt == null ? null : new Timed("received_at", new HistoricStep.Closed(receivedAt, ""));
        for (Timed step : steps) {
            if (previous != null && step.step().at().isBefore(previous.step().at())) {
                row.problem(step.column() + " is before " + previous.column() + ", which it follows");
            }
            previous = step;
        }
        List<HistoricStep> history =
                new ArrayList<>(steps.stream().map(Timed::step).toList());
        for (int i = 0; i < carriedOut1.size(); i++) {
            Instant done = carriedOut1.get(i);
            if (done != null) {
                history.add(new HistoricStep.RemedyCarriedOut(done, 1, i));
            }
        }
        for (int i = 0; i < carriedOut2.size(); i++) {
            Instant done = carriedOut2.get(i);
            if (done != null) {
                history.add(new HistoricStep.RemedyCarriedOut(done, 2, i));
            }
        }
        if (!row.problems.isEmpty()
                || legacyReference == null
                || receivedAt == null
                || channel == null
                || description == null) {
            return Result.bad(row.problems);
        }
        return Result.good(new ParsedRow(
                line,
                legacyReference,
                resident,
                new NewComplaint(
                        receivedAt,
                        channel,
                        ParsedRow.UNKNOWN_RESIDENT,
                        null,
                        description,
                        issueFirstKnownOn,
                        category,
                        null,
                        null),
                history));
    }

    /** The row, or why not. */
    record Result(@Nullable ParsedRow row, List<String> problems) {
        static Result good(ParsedRow row) {
            return new Result(row, List.of());
        }

        static Result bad(List<String> problems) {
            return new Result(null, List.copyOf(problems));
        }
    }

    private record Timed(String column, HistoricStep step) {}

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String firstWords(String description) {
        String oneLine = description.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    private static String snake(String field) {
        return switch (field) {
            case "tenancyReference" -> "reference";
            case "contact" -> "contact:";
            case "preferredChannel" -> "contact:";
            default -> field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        };
    }

    /** Parses a time as the class comment says; null for a blank value. */
    static @Nullable Instant parseTime(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() == 10) {
            return LocalDate.parse(text)
                    .atTime(UNTIMED)
                    .atZone(WorkingCalendar.LONDON)
                    .toInstant();
        }
        if (SPACED_TIME.matcher(text).matches()) {
            text = text.replace(' ', 'T');
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            return LocalDateTime.parse(text).atZone(WorkingCalendar.LONDON).toInstant();
        }
    }

    /** The fields of one record, read by column name, collecting every problem. */
    private final class Row {
        private final List<String> fields;
        private final List<String> problems = new ArrayList<>();

        Row(List<String> fields) {
            this.fields = fields;
        }

        void problem(String reason) {
            problems.add(reason);
        }

        @Nullable
        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= fields.size()) {
                return null;
            }
            String value = fields.get(index).strip();
            if (value.indexOf('\0') >= 0) {
                problem(column + " contains a NUL character");
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        @Nullable
        String limited(String column, int max) {
            String value = text(column);
            if (value != null && value.length() > max) {
                problem(column + " is longer than " + max + " characters");
                return null;
            }
            return value;
        }

        @Nullable
        String required(String column, int max) {
            String value = limited(column, max);
            if (value == null && problems.stream().noneMatch(p -> p.startsWith(column + " "))) {
                problem(column + " is required");
            }
            return value;
        }

        @Nullable
        Instant time(String column) {
            String value = text(column);
            if (value == null) {
                if (column.equals("received_at")) {
                    problem("received_at is required");
                }
                return null;
            }
            try {
                return parseTime(value);
            } catch (DateTimeParseException e) {
                problem(column + " '" + value + "' is not a date (2024-06-07) or time (2024-06-07T10:15:00+01:00)");
                return null;
            }
        }

        @Nullable
        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem(column + " '" + value + "' is not a date such as 2024-06-07");
                return null;
            }
        }

        <E extends Enum<E>> @Nullable E choice(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                if (ImportLayout.REQUIRED.contains(column)) {
                    problem(column + " is required");
                }
                return null;
            }
            return parseChoice(column, value, type);
        }

        private <E extends Enum<E>> @Nullable E parseChoice(String column, String value, Class<E> type) {
            String name =
                    value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            problem(column + " '" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }

        /** A choice the step named by {@code because} needs; a placeholder is returned when missing, with the problem. */
        <E extends Enum<E>> E requiredChoice(String column, Class<E> type, String because) {
            E value = choice(column, type);
            if (value == null) {
                if (text(column) == null) {
                    problem(column + " is needed when " + because + " is given");
                }
                return type.getEnumConstants()[0];
            }
            return value;
        }

        List<Timed> extensions(String column, String by) {
            List<Timed> extended = new ArrayList<>();
            String value = text(column);
            if (value == null) {
                return extended;
            }
            int number = 0;
            for (String item : value.split(Pattern.quote(ImportLayout.ITEM_SEPARATOR))) {
                if (item.isBlank()) {
                    continue;
                }
                number++;
                String[] parts = item.split(Pattern.quote(ImportLayout.PART_SEPARATOR), -1);
                String where = column + " item " + number;
                if (parts.length < 2 || parts.length > 4) {
                    problem(where + " should be notified_at|working_days|reason|good_reason");
                    continue;
                }
                Instant at;
                int days;
                try {
                    at = parseTime(parts[0]);
                } catch (DateTimeParseException e) {
                    problem(where + ": '" + parts[0].strip() + "' is not a date or time");
                    continue;
                }
                try {
                    days = Integer.parseInt(parts[1].strip());
                } catch (NumberFormatException e) {
                    problem(where + ": '" + parts[1].strip() + "' is not a number of working days");
                    continue;
                }
                if (at == null) {
                    problem(where + ": the date the resident was told is missing");
                    continue;
                }
                if (days < 1 || days > 250) {
                    problem(where + ": working days must be between 1 and 250");
                    continue;
                }
                String reason = parts.length > 2 ? parts[2].strip() : "";
                String goodReason = parts.length > 3 ? parts[3].strip() : "";
                extended.add(new Timed(
                        column,
                        new HistoricStep.Extended(
                                at,
                                days,
                                reason.isEmpty() ? "Not recorded before Putright" : reason,
                                goodReason.isEmpty() ? null : goodReason,
                                by)));
            }
            return extended;
        }

        void remedies(String column, List<HistoricStep.HistoricRemedy> remedies, List<@Nullable Instant> carriedOut) {
            String value = text(column);
            if (value == null) {
                return;
            }
            int number = 0;
            for (String item : value.split(Pattern.quote(ImportLayout.ITEM_SEPARATOR))) {
                if (item.isBlank()) {
                    continue;
                }
                number++;
                String where = column + " item " + number;
                String[] parts = item.split(Pattern.quote(ImportLayout.PART_SEPARATOR), 5);
                if (parts.length != 5) {
                    problem(where + " should be type|amount|due_on|carried_out_on|description");
                    continue;
                }
                int before = problems.size();
                RemedyType type = parseChoice(where + " type", parts[0], RemedyType.class);
                BigDecimal amount = null;
                if (!parts[1].isBlank()) {
                    try {
                        amount =
                                new BigDecimal(parts[1].strip().replace("£", "").replace(",", ""));
                        if (amount.signum() <= 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 10) {
                            problem(where + ": the amount must be above zero, in pounds and pence");
                        }
                    } catch (NumberFormatException e) {
                        problem(where + ": '" + parts[1].strip() + "' is not an amount such as 150.00");
                    }
                }
                if (type == RemedyType.FINANCIAL && amount == null && parts[1].isBlank()) {
                    problem(where + ": a FINANCIAL remedy needs its amount");
                } else if (type != null && type != RemedyType.FINANCIAL && amount != null) {
                    problem(where + ": only a FINANCIAL remedy has an amount");
                }
                LocalDate due = null;
                Instant done = null;
                try {
                    due = parts[2].isBlank() ? null : LocalDate.parse(parts[2].strip());
                } catch (DateTimeParseException e) {
                    problem(where + ": due_on '" + parts[2].strip() + "' is not a date such as 2024-06-07");
                }
                try {
                    // A day alone counts as done by its end: it may be the day of the response itself.
                    String doneOn = parts[3].strip();
                    done = doneOn.length() == 10
                            ? LocalDate.parse(doneOn)
                                    .atTime(LocalTime.of(23, 59))
                                    .atZone(WorkingCalendar.LONDON)
                                    .toInstant()
                            : parseTime(doneOn);
                } catch (DateTimeParseException e) {
                    problem(where + ": carried_out_on '" + parts[3].strip() + "' is not a date or time");
                }
                String description = parts[4].strip();
                if (description.isEmpty()) {
                    problem(where + ": the description of what was offered is missing");
                }
                if (problems.size() == before && type != null) {
                    remedies.add(new HistoricStep.HistoricRemedy(type, description, amount, due));
                    carriedOut.add(done);
                }
            }
        }
    }
}
