package org.putright.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.putright.calendar.Division;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.putright.code.StageTimescales;
import org.putright.code.Timescales;
import org.putright.complaint.Channel;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyType;
import org.putright.migration.ImportLayout;
import org.putright.resident.ResidentDetails;

/**
 * {@code java -jar putright.jar generate-import-file --complaints N --out FILE}: writes a file of N
 * historic complaints in the import layout ({@code docs/import.md}), in the demo landlord's words,
 * for trying the import and for loading a database of realistic size. Complaints are spread over
 * several years (more in winter for repairs and damp), end in the shares landlords report (most
 * answered at stage 1, some escalated, refused or withdrawn, with extensions and remedies), keep to
 * the Code's working-day deadlines mostly but not always, and about one in ten is still open:
 * recent ones where they have got to, and older ones answered but never closed.
 *
 * <p>Plain Java without a database: the same seed, size and day give the same file.
 */
public final class ImportFileGenerator {

    public static final String COMMAND = "generate-import-file";

    private static final String USAGE = "Usage: java -jar putright.jar " + COMMAND
            + " --complaints N --out FILE.csv [--years 5] [--seed 2024] [--today 2026-11-23]";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final List<String> ROOMS = List.of("kitchen", "bathroom", "bedroom", "living room", "hallway");
    private static final List<String> MONTHS = List.of("January", "March", "May", "September", "November");
    private static final List<String> STAGE_ONE_HANDLERS = List.of("hana", "tom");
    private static final String STAGE_TWO_HANDLER = "maria";

    private final Random random;
    private final LocalDate today;
    private final Instant cutoff;
    private final int years;
    private final int homes;
    private final WorkingCalendar calendar;
    private final Timescales timescales;
    /** When the complaint's latest extension was told to the resident: a response comes after it. */
    private Instant lastTold = Instant.MIN;

    private final DemoCategory[] categories = DemoCategory.values();
    private final int totalWeight =
            Arrays.stream(DemoCategory.values()).mapToInt(DemoCategory::weight).sum();

    ImportFileGenerator(long seed, LocalDate today, int years, int complaints) {
        this.random = new Random(seed);
        this.today = today;
        this.cutoff = today.atStartOfDay(WorkingCalendar.LONDON).toInstant();
        this.years = years;
        // About two and a half complaints per home that ever complains, as in the demo landlord.
        this.homes = Math.max(Riverside.HOMES, complaints * 2 / 5);
        this.calendar = WorkingCalendar.of(Division.byDefault(), new JollydayBankHolidays());
        this.timescales = CodeEditions.shipped().get(EditionId.HOS_2024).timescales();
    }

    /** Runs the command; returns the exit status. */
    public static int run(String[] args) {
        Long complaints = null;
        Path out = null;
        int years = 5;
        long seed = 2024;
        LocalDate today = LocalDate.now(Clock.system(WorkingCalendar.LONDON));
        try {
            for (int i = 1; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : "";
                switch (args[i]) {
                    case "--complaints" -> complaints = Long.parseLong(value);
                    case "--out" -> out = Path.of(value);
                    case "--years" -> years = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--today" -> today = LocalDate.parse(value);
                    default -> {
                        System.err.println("Unknown option " + args[i] + "\n" + USAGE);
                        return 1;
                    }
                }
                i++;
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            return 1;
        }
        if (complaints == null || out == null || complaints < 1 || complaints > 50_000_000 || years < 1) {
            System.err.println(USAGE);
            return 1;
        }
        long started = System.nanoTime();
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            new ImportFileGenerator(seed, today, years, (int) Math.min(Integer.MAX_VALUE, complaints))
                    .write(writer, complaints);
        } catch (IOException e) {
            System.err.println("Cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        System.out.printf(
                Locale.ROOT,
                "Wrote %,d complaints to %s in %.1f s%n",
                complaints,
                out,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    void write(Writer out, long complaints) throws IOException {
        writeRow(out, ImportLayout.COLUMNS);
        for (long n = 1; n <= complaints; n++) {
            writeRow(out, complaint(n));
        }
    }

    /** One complaint's row, in {@link ImportLayout#COLUMNS} order. */
    List<String> complaint(long number) {
        lastTold = Instant.MIN;
        Row row = new Row();
        row.put("legacy_reference", String.format(Locale.ROOT, "RH-%08d", number));
        int home = 1 + random.nextInt(homes);
        Random residentRandom = new Random(home * 7919L);
        ResidentDetails resident = Riverside.resident(residentRandom, home, Riverside.name(residentRandom));
        row.put("resident_reference", Riverside.tenancyReference(home, 1));
        row.put("resident_name", resident.name());
        row.put("resident_email", resident.email());
        row.put("resident_phone", resident.phone());
        row.put("resident_address", resident.address());
        row.put("resident_postcode", resident.postcode());

        DemoCategory category = category();
        Issue issue = Riverside.pick(random, category.issues());
        boolean stillOpen = random.nextInt(10) == 0;
        boolean recent = stillOpen && random.nextBoolean();
        Instant received = receivedAt(category, recent);
        row.put("received_at", time(received));
        row.put("channel", channel().name());
        row.put("category", category.name());
        row.put("description", fill(issue.voice()));
        row.put("outcome_sought", fill(issue.outcome()));

        Story story = new Story(row, recent ? cutoff : Instant.MAX);
        int fate = random.nextInt(100);
        if (fate < 4) {
            RefusalGround ground = random.nextBoolean() ? RefusalGround.PREVIOUSLY_CONSIDERED : RefusalGround.OTHER;
            story.step("refused_at", afterWorkingDays(received, 1, 4), () -> {
                row.put("refusal_ground", ground.name());
                row.put("refusal_reasons", "This matter was dealt with as " + category.words() + " before.");
            });
            return row.values();
        }
        if (fate < 6) {
            story.step("withdrawn_at", afterWorkingDays(received, 1, 3), () -> {});
            return row.values();
        }
        String handler = Riverside.pick(random, STAGE_ONE_HANDLERS);
        StageTimescales stageOne = timescales.stage(1);
        Instant acknowledged = late(5) ? afterWorkingDays(received, 6, 9) : afterWorkingDays(received, 1, 5);
        if (!story.step("acknowledged_at", acknowledged, () -> row.put("handler", handler))) {
            return row.values();
        }
        if (fate < 9) {
            story.step("withdrawn_at", afterWorkingDays(acknowledged, 2, 8), () -> {});
            return row.values();
        }
        LocalDate due = calendar.deadline(acknowledged, days(stageOne.respond().workingDays()));
        List<String> extensions = new ArrayList<>();
        due = extend(story, due, stageOne, extensions);
        if (!extensions.isEmpty()) {
            row.put("extensions", String.join(ImportLayout.ITEM_SEPARATOR, extensions));
        }
        Instant responded = notBefore(respondBy(due, late(12)), lastTold);
        boolean upheld = random.nextInt(100) < 55;
        String outcome = upheld ? (random.nextBoolean() ? "UPHELD" : "PARTLY_UPHELD") : "NOT_UPHELD";
        if (!story.step("responded_at", responded, () -> {
            row.put("outcome", outcome);
            row.put("response_reasons", fill(upheld ? issue.upheld() : issue.notUpheld()));
            row.put("remedies", remedies(issue, upheld, responded));
        })) {
            return row.values();
        }
        boolean escalates = fate >= 83;
        if (!escalates) {
            if (!stillOpen) {
                story.step("closed_at", afterWorkingDays(responded, 0, 2), () -> {});
            }
            return row.values();
        }
        Instant escalated = afterWorkingDays(responded, 3, 25);
        if (!story.step(
                "escalated_at", escalated, () -> row.put("escalation_reason", "I am not happy with the response."))) {
            return row.values();
        }
        if (fate >= 98) {
            story.step("stage2_refused_at", afterWorkingDays(escalated, 1, 4), () -> {
                row.put("stage2_refusal_ground", RefusalGround.LEGAL_PROCEEDINGS.name());
                row.put("stage2_refusal_reasons", "The matter is now before the county court.");
            });
            return row.values();
        }
        // Now and then the stage 1 handler takes stage 2 too: the record must show it (6.13).
        String handler2 = random.nextInt(50) == 0 ? handler : STAGE_TWO_HANDLER;
        StageTimescales stageTwo = timescales.stage(2);
        Instant acknowledged2 = late(6) ? afterWorkingDays(escalated, 6, 8) : afterWorkingDays(escalated, 1, 5);
        if (!story.step("stage2_acknowledged_at", acknowledged2, () -> row.put("stage2_handler", handler2))) {
            return row.values();
        }
        if (fate >= 96) {
            story.step("withdrawn_at", afterWorkingDays(acknowledged2, 2, 10), () -> {});
            return row.values();
        }
        LocalDate due2 =
                calendar.deadline(acknowledged2, days(stageTwo.respond().workingDays()));
        List<String> extensions2 = new ArrayList<>();
        due2 = extend(story, due2, stageTwo, extensions2);
        if (!extensions2.isEmpty()) {
            row.put("stage2_extensions", String.join(ImportLayout.ITEM_SEPARATOR, extensions2));
        }
        Instant responded2 = notBefore(respondBy(due2, late(10)), lastTold);
        boolean upheld2 = random.nextInt(100) < 30;
        if (!story.step("stage2_responded_at", responded2, () -> {
            row.put("stage2_outcome", upheld2 ? "PARTLY_UPHELD" : "NOT_UPHELD");
            row.put("stage2_remedies", remedies(issue, upheld2, responded2));
        })) {
            return row.values();
        }
        if (!stillOpen) {
            story.step("closed_at", afterWorkingDays(responded2, 0, 2), () -> {});
        }
        return row.values();
    }

    /** Extends a stage's response now and then, mostly in time and within the cap (6.4, 6.15). */
    private LocalDate extend(Story story, LocalDate due, StageTimescales stage, List<String> extensions) {
        int roll = random.nextInt(100);
        if (roll >= 14) {
            return due;
        }
        int cap = stage.extensionCap().workingDays();
        int days = roll < 2 ? cap + 5 : 1 + random.nextInt(cap);
        // One in a few hundred is told after the deadline it extends: the reports must show it.
        LocalDate told = roll == 13 ? calendar.addWorkingDays(due, days(1)) : workingDaysBefore(due, 2);
        Instant at =
                told.atTime(LocalTime.of(11, 0)).atZone(WorkingCalendar.LONDON).toInstant();
        if (!story.fits(at)) {
            return due;
        }
        lastTold = at;
        String goodReason = days > cap ? "The independent surveyor's report was needed first." : "";
        extensions.add(told + ImportLayout.PART_SEPARATOR + days + ImportLayout.PART_SEPARATOR
                + "We are waiting for the contractor's report." + ImportLayout.PART_SEPARATOR + goodReason);
        return calendar.addWorkingDays(due, days(days));
    }

    private String remedies(Issue issue, boolean upheld, Instant responded) {
        if (!upheld) {
            return "";
        }
        LocalDate respondedOn = WorkingCalendar.dayOf(responded);
        List<String> items = new ArrayList<>();
        items.add(remedy(RemedyType.APOLOGY, null, respondedOn, respondedOn, "An apology for what went wrong"));
        LocalDate due = calendar.addWorkingDays(respondedOn, days(10 + random.nextInt(20)));
        LocalDate done =
                random.nextInt(100) < 80 ? calendar.addWorkingDays(respondedOn, days(2 + random.nextInt(25))) : null;
        items.add(remedy(issue.remedy(), null, due, done, fill(issue.remedyText())));
        if (random.nextInt(100) < 45) {
            BigDecimal amount =
                    BigDecimal.valueOf(25 + 5L * random.nextInt(96), 0).setScale(2);
            LocalDate paidBy = calendar.addWorkingDays(respondedOn, days(20));
            LocalDate paid = random.nextInt(100) < 85
                    ? calendar.addWorkingDays(respondedOn, days(3 + random.nextInt(20)))
                    : null;
            items.add(remedy(RemedyType.FINANCIAL, amount, paidBy, paid, "Compensation for the time and trouble"));
        }
        return String.join(ImportLayout.ITEM_SEPARATOR, items);
    }

    private String remedy(
            RemedyType type, @Nullable BigDecimal amount, LocalDate due, @Nullable LocalDate done, String text) {
        String carriedOut = done != null && done.isBefore(today) ? done.toString() : "";
        String separator = ImportLayout.PART_SEPARATOR;
        return type.name()
                + separator
                + (amount == null ? "" : amount.toPlainString())
                + separator
                + due
                + separator
                + carriedOut
                + separator
                + text.replace(ImportLayout.ITEM_SEPARATOR, ",").replace(separator, "/");
    }

    private DemoCategory category() {
        int roll = random.nextInt(totalWeight);
        for (DemoCategory category : categories) {
            roll -= category.weight();
            if (roll < 0) {
                return category;
            }
        }
        return categories[0];
    }

    private Channel channel() {
        int roll = random.nextInt(100);
        if (roll < 34) {
            return Channel.PHONE;
        }
        if (roll < 62) {
            return Channel.EMAIL;
        }
        if (roll < 86) {
            return Channel.WEB_FORM;
        }
        return roll < 93 ? Channel.LETTER : roll < 98 ? Channel.IN_PERSON : Channel.SOCIAL_MEDIA;
    }

    /** A working day in the years before today, more often in winter for the categories that peak then. */
    private Instant receivedAt(DemoCategory category, boolean recent) {
        int span = recent ? 120 : years * 365;
        LocalDate day;
        while (true) {
            day = today.minusDays(1 + random.nextInt(span));
            double winter = Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.0);
            double weight = (1 + category.winterPeak() * winter) / (1 + Math.abs(category.winterPeak()));
            if (random.nextDouble() < weight && calendar.isWorkingDay(day)) {
                break;
            }
        }
        return atWorkingHour(day);
    }

    private Instant afterWorkingDays(Instant from, int least, int most) {
        LocalDate day =
                calendar.addWorkingDays(WorkingCalendar.dayOf(from), days(least + random.nextInt(most - least + 1)));
        Instant at = atWorkingHour(day);
        return at.isBefore(from) ? from.plusSeconds(3600) : at;
    }

    private Instant respondBy(LocalDate due, boolean late) {
        LocalDate day = late
                ? calendar.addWorkingDays(due, days(1 + random.nextInt(10)))
                : workingDaysBefore(due, random.nextInt(4));
        return day.atTime(LocalTime.of(15, random.nextInt(60)))
                .atZone(WorkingCalendar.LONDON)
                .toInstant();
    }

    private static Instant notBefore(Instant at, Instant earliest) {
        return at.isBefore(earliest) ? earliest.plusSeconds(3600) : at;
    }

    private LocalDate workingDaysBefore(LocalDate day, int count) {
        LocalDate back = day;
        for (int left = count; left > 0; ) {
            back = back.minusDays(1);
            if (calendar.isWorkingDay(back)) {
                left--;
            }
        }
        return back;
    }

    private Instant atWorkingHour(LocalDate day) {
        return day.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60)))
                .atZone(WorkingCalendar.LONDON)
                .toInstant();
    }

    private boolean late(int percent) {
        return random.nextInt(100) < percent;
    }

    private static WorkingDays days(int count) {
        return WorkingDays.of(count);
    }

    private String fill(String text) {
        return text.replace("{room}", Riverside.pick(random, ROOMS))
                .replace("{weeks}", String.valueOf(2 + random.nextInt(10)))
                .replace("{times}", String.valueOf(3 + random.nextInt(4)))
                .replace("{month}", Riverside.pick(random, MONTHS))
                .replace("{charge}", "£" + (40 + random.nextInt(300)) + ".00");
    }

    private static String time(Instant at) {
        return TIME.format(ZonedDateTime.ofInstant(at, WorkingCalendar.LONDON).toOffsetDateTime());
    }

    private static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0
                    || field.indexOf('"') >= 0
                    || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(field);
            }
        }
        out.write('\n');
    }

    /** One row being written, by column name. */
    private static final class Row {
        private final String[] values = new String[ImportLayout.COLUMNS.size()];

        Row() {
            Arrays.fill(values, "");
        }

        void put(String column, @Nullable String value) {
            int index = ImportLayout.COLUMNS.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException("No column " + column);
            }
            values[index] = value == null ? "" : value;
        }

        List<String> values() {
            return List.of(values);
        }
    }

    /**
     * Steps in time order, stopping at the first one after the cutoff: a recent complaint stays
     * open where it has got to by today.
     */
    private final class Story {
        private final Row row;
        private final Instant cutoffForThis;
        private boolean stopped;

        Story(Row row, Instant cutoff) {
            this.row = row;
            this.cutoffForThis =
                    cutoff.isBefore(ImportFileGenerator.this.cutoff) ? cutoff : ImportFileGenerator.this.cutoff;
        }

        boolean fits(Instant at) {
            return !stopped && at.isBefore(cutoffForThis);
        }

        /** Records the step when it happened by the cutoff; false (and the story stops) when not. */
        boolean step(String column, Instant at, Runnable details) {
            if (!fits(at)) {
                stopped = true;
                return false;
            }
            row.put(column, time(at));
            details.run();
            return true;
        }
    }
}
