package org.putright.demo;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.Timescales;
import org.putright.complaint.Channel;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.Status;

/**
 * Plans two years of a landlord's complaints: how many of each kind, when they came in (repairs and
 * damp more in winter), who made them and how each is to end, in the shares real landlords report.
 * A few are placed so that, today, the caseload has a complaint in every status, with stage 1
 * responses both due soon and overdue, whatever day the demo starts on.
 *
 * <p>Plain Java without a clock or a database: the same random numbers and the same day give the
 * same plan.
 */
final class Caseload {

    /** How far back the demo landlord's complaints go. */
    static final int DAYS = 730;

    private final Random random;
    private final LocalDate today;
    private final Instant cutoff;
    private final Cast cast;
    private final WorkingCalendar calendar;
    private final Timescales timescales;

    Caseload(Random random, LocalDate today, Cast cast, WorkingCalendar calendar, Timescales timescales) {
        this.random = random;
        this.today = today;
        this.cutoff = startOf(today);
        this.cast = cast;
        this.calendar = calendar;
        this.timescales = timescales;
    }

    /** The moment stories stop: the start of today, so the same day always gives the same caseload. */
    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.LONDON).toInstant();
    }

    /**
     * Plans {@code complaints} complaints, oldest first: some raised from the service requests
     * residents were dissatisfied with, the rest new.
     */
    List<Plot> plan(int complaints, List<DemoResident> residents, List<Dissatisfaction> dissatisfied) {
        List<Plot> plots = new ArrayList<>();
        for (Pin pin : Pin.values()) {
            plots.add(pinned(pin, residents));
        }
        int ordinary = Math.max(0, complaints - plots.size() - dissatisfied.size());
        List<Fate> fates = fates(ordinary + dissatisfied.size());
        int next = 0;
        for (Dissatisfaction raised : dissatisfied) {
            plots.add(new Plot(
                    random.nextLong(),
                    raised.category(),
                    fates.get(next++),
                    random.nextBoolean() ? Channel.PHONE : Channel.EMAIL,
                    raised.resident(),
                    raised.at(),
                    Set.of(),
                    null,
                    raised.request(),
                    null));
        }
        for (int i = 0; i < ordinary; i++) {
            long seed = random.nextLong();
            DemoCategory category = category();
            Channel channel = channel();
            DemoResident resident = resident(residents);
            plots.add(new Plot(
                    seed,
                    category,
                    fates.get(next++),
                    channel,
                    resident,
                    receivedAt(category, channel),
                    Set.of(),
                    null,
                    null,
                    null));
        }
        plots = groundsForRefusals(plots);
        plots = twists(plots);
        plots.sort(Comparator.comparing(Plot::receivedAt));
        return plots;
    }

    /** A service request the resident was dissatisfied with, and the complaint they made about it (1.5). */
    record Dissatisfaction(DemoResident resident, DemoCategory category, Instant at, Plot.FromServiceRequest request) {}

    // --- Pinned complaints ---------------------------------------------------------------------

    /** The complaints placed so that today's caseload shows every status. */
    enum Pin {
        RECEIVED(Status.RECEIVED, Fate.RESOLVED_AT_STAGE_1),
        STAGE_1_DUE_SOON(Status.STAGE_1_OPEN, Fate.RESOLVED_AT_STAGE_1),
        STAGE_1_OVERDUE(Status.STAGE_1_OPEN, Fate.RESOLVED_AT_STAGE_1),
        STAGE_1_RESPONDED(Status.STAGE_1_RESPONDED, Fate.RESOLVED_AT_STAGE_1),
        STAGE_2_REQUESTED(Status.STAGE_2_REQUESTED, Fate.ESCALATED),
        STAGE_2_OPEN(Status.STAGE_2_OPEN, Fate.ESCALATED),
        STAGE_2_RESPONDED(Status.STAGE_2_RESPONDED, Fate.ESCALATED),
        CLOSED(Status.CLOSED, Fate.RESOLVED_AT_STAGE_1),
        REFUSED(Status.REFUSED, Fate.REFUSED),
        WITHDRAWN(Status.WITHDRAWN, Fate.WITHDRAWN_AT_STAGE_1);

        private final Status status;
        private final Fate fate;

        Pin(Status status, Fate fate) {
            this.status = status;
            this.fate = fate;
        }

        Status status() {
            return status;
        }
    }

    /**
     * A complaint received on the most recent day on which its story leaves it, today, where the pin
     * says. Stories differ in their timings, so a story that never stops there is replaced by
     * another until one does. Should none, on a calendar stranger than any tested, the last is simply
     * placed a month ago: a demo missing one status is better than no demo.
     */
    private Plot pinned(Pin pin, List<DemoResident> residents) {
        Plot plot = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            long seed = random.nextLong();
            DemoCategory category = category();
            Channel channel = channel();
            DemoResident resident = resident(residents);
            RefusalGround ground = pin == Pin.REFUSED ? RefusalGround.PREVIOUSLY_CONSIDERED : null;
            plot = new Plot(seed, category, pin.fate, channel, resident, cutoff, Set.of(), ground, null, null);
            for (int daysAgo = 1; daysAgo <= 200; daysAgo++) {
                LocalDate day = today.minusDays(daysAgo);
                Instant at = day.atTime(LocalTime.of(9, 0).plusMinutes(Math.floorMod(seed, 480)))
                        .atZone(WorkingCalendar.LONDON)
                        .toInstant();
                Plot placed = plot.receivedAt(at);
                Story story = Story.write(placed, cast, calendar, timescales);
                if (stopsAt(pin, story)) {
                    return placed;
                }
                if (isPast(pin, story)) {
                    break; // Received earlier, it would only be further on: try another story.
                }
            }
        }
        return requireNonNull(plot).receivedAt(at(today.minusDays(30), LocalTime.NOON));
    }

    /** Whether, by today, the story has gone past the step that puts it where the pin says, or never takes it. */
    private boolean isPast(Pin pin, Story story) {
        List<Status> steps = new ArrayList<>();
        for (Beat beat : story.beats()) {
            Status next = beat.leadsTo();
            if (next != null) {
                steps.add(next);
            }
        }
        int target = steps.indexOf(pin.status());
        int taken = (int) story.beatsBy(cutoff).stream()
                .filter(beat -> beat.leadsTo() != null)
                .count();
        return target < 0 || taken - 1 > target;
    }

    private boolean stopsAt(Pin pin, Story story) {
        if (story.statusAt(cutoff) != pin.status()) {
            return false;
        }
        LocalDate respondBy = story.respondByAt(1, cutoff);
        return switch (pin) {
            case STAGE_1_DUE_SOON ->
                respondBy != null
                        && !respondBy.isBefore(today)
                        && calendar.workingDaysBetween(today, respondBy).value() <= 2;
            case STAGE_1_OVERDUE -> respondBy != null && respondBy.isBefore(today);
            default -> true;
        };
    }

    // --- Shares --------------------------------------------------------------------------------

    /**
     * How {@code count} complaints end, shuffled: about 7% refused, 3% withdrawn and 16% escalated
     * (18% of those answered at stage 1), of which about 5% of escalations are refused.
     */
    private List<Fate> fates(int count) {
        List<Fate> fates = new ArrayList<>();
        int refused = Math.round(count * 0.07f);
        int withdrawn = Math.round(count * 0.03f);
        int escalated = Math.round(count * 0.16f);
        int escalationRefused = Math.min(escalated, Math.max(1, Math.round(escalated * 0.05f)));
        int escalationWithdrawn = Math.min(escalated - escalationRefused, Math.round(escalated * 0.03f));
        add(fates, Fate.REFUSED, refused);
        add(fates, Fate.WITHDRAWN_EARLY, withdrawn / 3);
        add(fates, Fate.WITHDRAWN_AT_STAGE_1, withdrawn - withdrawn / 3);
        add(fates, Fate.ESCALATION_REFUSED, escalationRefused);
        add(fates, Fate.ESCALATION_WITHDRAWN, escalationWithdrawn);
        add(fates, Fate.ESCALATED, escalated - escalationRefused - escalationWithdrawn);
        add(fates, Fate.RESOLVED_AT_STAGE_1, Math.max(0, count - fates.size()));
        Collections.shuffle(fates, random);
        return fates.subList(0, count);
    }

    private static void add(List<Fate> fates, Fate fate, int count) {
        for (int i = 0; i < count; i++) {
            fates.add(fate);
        }
    }

    /** Every section 2 ground is used at least once, the 12-month rule most often. */
    private List<Plot> groundsForRefusals(List<Plot> plots) {
        List<RefusalGround> firsts = new ArrayList<>(List.of(RefusalGround.values()));
        Collections.shuffle(firsts, random);
        List<Plot> grounded = new ArrayList<>();
        for (Plot plot : plots) {
            if (plot.fate() != Fate.REFUSED || plot.ground() != null) {
                grounded.add(plot);
                continue;
            }
            RefusalGround ground = firsts.isEmpty() ? ground() : firsts.remove(0);
            grounded.add(new Plot(
                    plot.seed(),
                    plot.category(),
                    plot.fate(),
                    plot.channel(),
                    plot.resident(),
                    plot.receivedAt(),
                    plot.twists(),
                    ground,
                    plot.serviceRequest(),
                    plot.loggedAs()));
        }
        return grounded;
    }

    private RefusalGround ground() {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return RefusalGround.OLDER_THAN_12_MONTHS;
        }
        if (roll < 65) {
            return RefusalGround.PREVIOUSLY_CONSIDERED;
        }
        return roll < 80 ? RefusalGround.LEGAL_PROCEEDINGS : RefusalGround.OTHER;
    }

    /**
     * The rarer turns a story can take, each given to at least one complaint old enough to have
     * finished: discretion over the 12-month rule, related and unrelated new issues, a response
     * extended twice, one extended beyond the cap for a good reason, and compensation still waiting for
     * the manager's approval.
     */
    private List<Plot> twists(List<Plot> plots) {
        Instant oldEnough = cutoff.minus(Duration.ofDays(120));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < plots.size(); i++) {
            Plot plot = plots.get(i);
            if (plot.fate().respondedAtStageOne()
                    && plot.receivedAt().isBefore(oldEnough)
                    && plot.serviceRequest() == null) {
                candidates.add(i);
            }
        }
        Collections.shuffle(candidates, random);
        int share = candidates.size();
        List<Twist> twists = new ArrayList<>();
        twists.add(Twist.EXTENDED_BEYOND_CAP);
        add(twists, Twist.EXTENDED_TWICE, Math.max(1, Math.round(share * 0.03f)));
        add(twists, Twist.RELATED_ISSUE, Math.max(1, Math.round(share * 0.03f)));
        add(twists, Twist.SEPARATE_ISSUE, Math.max(1, Math.round(share * 0.015f)));
        add(twists, Twist.DISCRETION, Math.max(1, Math.round(share * 0.02f)));
        twists.add(Twist.AWAITING_APPROVAL);
        List<Plot> twisted = new ArrayList<>(plots);
        for (int i = 0; i < twists.size() && i < candidates.size(); i++) {
            int index = candidates.get(i);
            twisted.set(index, twisted.get(index).with(twists.get(i)));
        }
        return twisted;
    }

    private static <T> void add(List<T> list, T item, int count) {
        for (int i = 0; i < count; i++) {
            list.add(item);
        }
    }

    // --- Who, what, when, how --------------------------------------------------------------------

    private DemoCategory category() {
        int total = 0;
        for (DemoCategory category : DemoCategory.values()) {
            total += category.weight();
        }
        int roll = random.nextInt(total);
        for (DemoCategory category : DemoCategory.values()) {
            roll -= category.weight();
            if (roll < 0) {
                return category;
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }

    /** How complaints reach a landlord: mostly by phone, online and email. */
    private Channel channel() {
        int roll = random.nextInt(100);
        if (roll < 34) {
            return Channel.PHONE;
        }
        if (roll < 60) {
            return Channel.WEB_FORM;
        }
        if (roll < 84) {
            return Channel.EMAIL;
        }
        if (roll < 90) {
            return Channel.LETTER;
        }
        if (roll < 95) {
            return Channel.IN_PERSON;
        }
        return roll < 98 ? Channel.SOCIAL_MEDIA : Channel.OTHER;
    }

    /** A few residents complain far more often than the rest. */
    private DemoResident resident(List<DemoResident> residents) {
        List<DemoResident> frequent =
                residents.stream().filter(DemoResident::frequent).toList();
        if (!frequent.isEmpty() && random.nextInt(100) < 30) {
            return Riverside.pick(random, frequent);
        }
        return Riverside.pick(random, residents);
    }

    /**
     * A day in the last two years, more often in winter for the kinds of complaint that peak then,
     * at a time the channel is used: office hours on a working day by phone, in person or by
     * letter; any day from early until late online and by email.
     */
    private Instant receivedAt(DemoCategory category, Channel channel) {
        LocalDate day;
        do {
            day = today.minusDays(1 + random.nextInt(DAYS));
        } while (random.nextDouble() * (1 + category.winterPeak()) > seasonal(category, day));
        boolean office = channel == Channel.PHONE
                || channel == Channel.IN_PERSON
                || channel == Channel.LETTER
                || channel == Channel.OTHER;
        if (office) {
            while (!calendar.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            return at(day, LocalTime.of(8, 45).plusMinutes(random.nextInt(510)));
        }
        return at(day, LocalTime.of(6, 30).plusMinutes(random.nextInt(1020)));
    }

    /** 1 on average; highest in mid-January, lowest in mid-July. */
    static double seasonal(DemoCategory category, LocalDate day) {
        double angle = 2 * Math.PI * (day.getDayOfYear() - 15) / 365.25;
        return 1 + category.winterPeak() * Math.cos(angle);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(WorkingCalendar.LONDON).toInstant();
    }
}
