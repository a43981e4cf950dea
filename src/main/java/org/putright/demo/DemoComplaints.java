package org.putright.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.Timescales;
import org.putright.complaint.ComplaintQuery;
import org.putright.complaint.Complaints;
import org.putright.complaint.Status;
import org.putright.staff.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two years of the demo landlord's complaints, made the way staff make them: residents recorded,
 * service requests raised and worked, and every complaint received and taken step by step through
 * the Complaint aggregate's verbs, with the same rules of the Code checked as for any user. Nothing
 * is written to the database any other way.
 *
 * <p>The size follows real landlords: {@code putright.demo.complaints-per-year} (210 by default,
 * about 42 per 1,000 of the demo landlord's 5,000 homes, a typical CH01 rate), with residents and
 * service requests in proportion. Every choice comes from {@code putright.demo.seed}, and time from
 * the injected clock's today, so the same seed on the same day gives the same complaints in the
 * same states.
 */
@Component
class DemoComplaints {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private final Complaints complaints;
    private final DemoResidents residents;
    private final DemoServiceRequests serviceRequests;
    private final Storyteller storyteller;
    private final StaffDirectory staff;
    private final long seed;
    private final int perYear;

    DemoComplaints(
            Complaints complaints,
            DemoResidents residents,
            DemoServiceRequests serviceRequests,
            Storyteller storyteller,
            StaffDirectory staff,
            @Value("${putright.demo.seed:2024}") long seed,
            @Value("${putright.demo.complaints-per-year:210}") int perYear) {
        this.complaints = complaints;
        this.residents = residents;
        this.serviceRequests = serviceRequests;
        this.storyteller = storyteller;
        this.staff = staff;
        this.seed = seed;
        this.perYear = perYear;
    }

    /**
     * Generates the complaints, unless the landlord has some already: restarting never adds a second
     * set, and a landlord in real use is never touched.
     *
     * @return what was generated; empty when nothing was
     */
    Optional<Generation> ensure() {
        if (perYear < 1 || complaints.list(query(null)).total() > 0) {
            return Optional.empty();
        }
        Optional<Cast> cast = Cast.from(staff);
        if (cast.isEmpty()) {
            log.warn("The demo complaints need the demo staff hana, tom and maria; one of them is missing or"
                    + " disabled, so none were generated.");
            return Optional.empty();
        }
        return Optional.of(generate(cast.get(), ProgressBar.onStandardOutput(2 * perYear)));
    }

    private Generation generate(Cast cast, ProgressBar bar) {
        long started = System.nanoTime();
        LocalDate today = complaints.today();
        Instant cutoff = Caseload.startOf(today);
        WorkingCalendar calendar = complaints.calendar();
        Timescales timescales = complaints.timescales();
        Random seeds = new Random(seed);
        Random forResidents = new Random(seeds.nextLong());
        Random forRequests = new Random(seeds.nextLong());
        Random forComplaints = new Random(seeds.nextLong());
        bar.start();
        int residentCount = Math.max(20, Math.round(perYear * 400 / 210f));
        int requestCount = Math.max(10, Math.round(perYear * 150 / 210f));
        List<DemoResident> people = residents.create(forResidents, residentCount, today, cast);
        List<Caseload.Dissatisfaction> dissatisfied =
                serviceRequests.create(forRequests, requestCount, people, today, calendar, cast);
        List<Plot> plots =
                new Caseload(forComplaints, today, cast, calendar, timescales).plan(2 * perYear, people, dissatisfied);
        int stumbles = 0;
        for (Plot plot : plots) {
            Storyteller.Told told =
                    storyteller.tell(Story.write(plot, cast, calendar, timescales), cutoff, cast, calendar, timescales);
            stumbles += told.stumbles();
            bar.advance();
        }
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, complaints.list(query(status)).total());
        }
        Generation generation = new Generation(
                people.size(), requestCount, byStatus, stumbles, Duration.ofNanos(System.nanoTime() - started));
        bar.finish(generation.summary());
        if (stumbles > 0) {
            log.warn("{} demo complaint stories stopped early; see the warnings above.", stumbles);
        }
        return generation;
    }

    private static ComplaintQuery query(@org.jspecify.annotations.Nullable Status status) {
        return new ComplaintQuery(status, null, null, null, null, null, null, 0, 1);
    }

    /** What the demo landlord was given. */
    record Generation(int residents, int serviceRequests, Map<Status, Long> byStatus, int stumbles, Duration took) {

        Generation {
            byStatus = Map.copyOf(byStatus);
        }

        long complaints() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }

        String summary() {
            String statuses = java.util.Arrays.stream(Status.values())
                    .map(status -> status.name() + " " + byStatus.getOrDefault(status, 0L))
                    .collect(Collectors.joining(", "));
            return String.format(
                    Locale.ROOT,
                    "Demo landlord: %d complaints (%s), %d residents, %d service requests, in %.1f s",
                    complaints(),
                    statuses,
                    residents,
                    serviceRequests,
                    took.toMillis() / 1000.0);
        }
    }
}
