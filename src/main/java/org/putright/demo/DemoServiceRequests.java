package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.putright.calendar.WorkingCalendar;
import org.putright.calendar.WorkingDays;
import org.putright.servicerequest.NewServiceRequest;
import org.putright.servicerequest.RequestChannel;
import org.putright.servicerequest.ServiceRequest;
import org.putright.servicerequest.ServiceRequestStatus;
import org.putright.servicerequest.ServiceRequests;
import org.springframework.stereotype.Component;

/**
 * The demo landlord's service requests over the same two years: repairs mostly, some anti-social
 * behaviour reports, estate and rent queries, each started, reviewed and completed (or cancelled,
 * or still open) through the service request module (1.4). About one in ten leaves the resident
 * dissatisfied; that raises a complaint, and the request carries on to completion regardless (1.5).
 */
@Component
class DemoServiceRequests {

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    "REPAIRS",
                    "Kitchen tap dripping constantly",
                    "the dripping kitchen tap",
                    DemoCategory.REPAIRS,
                    false,
                    8),
            new Kind(
                    "REPAIRS",
                    "Boiler not firing: no heating or hot water",
                    "the broken boiler",
                    DemoCategory.REPAIRS,
                    true,
                    9),
            new Kind(
                    "REPAIRS",
                    "Front door lock sticking; hard to lock at night",
                    "the front door lock",
                    DemoCategory.REPAIRS,
                    true,
                    5),
            new Kind("REPAIRS", "Toilet cistern not filling", "the toilet", DemoCategory.REPAIRS, false, 5),
            new Kind(
                    "REPAIRS",
                    "Water leaking through the bathroom ceiling from the flat above",
                    "the leak through my ceiling",
                    DemoCategory.REPAIRS,
                    true,
                    6),
            new Kind(
                    "REPAIRS",
                    "Fence panel blown down in the rear garden",
                    "the broken fence",
                    DemoCategory.REPAIRS,
                    false,
                    4),
            new Kind("REPAIRS", "Bedroom window will not close", "the bedroom window", DemoCategory.REPAIRS, false, 5),
            new Kind(
                    "REPAIRS",
                    "Black mould on the bathroom ceiling",
                    "the mould in the bathroom",
                    DemoCategory.DAMP_AND_MOULD,
                    false,
                    7),
            new Kind(
                    "REPAIRS",
                    "Condensation and mould around the bedroom windows",
                    "the mould in the bedroom",
                    DemoCategory.DAMP_AND_MOULD,
                    false,
                    5),
            new Kind(
                    "ASB",
                    "Loud music late at night from the flat above",
                    "the noise from upstairs",
                    DemoCategory.ANTISOCIAL_BEHAVIOUR,
                    false,
                    4),
            new Kind(
                    "ASB",
                    "Abandoned car in the residents' car park",
                    "the abandoned car",
                    DemoCategory.ANTISOCIAL_BEHAVIOUR,
                    false,
                    2),
            new Kind(
                    "ESTATE",
                    "Communal light out on the third-floor landing",
                    "the landing light",
                    DemoCategory.ESTATE_SERVICES,
                    false,
                    3),
            new Kind(
                    "ESTATE",
                    "Bin store overflowing, with rubbish dumped beside it",
                    "the rubbish at the bin store",
                    DemoCategory.ESTATE_SERVICES,
                    false,
                    3),
            new Kind("ESTATE", "Lift out of order", "the broken lift", DemoCategory.ESTATE_SERVICES, true, 2),
            new Kind(
                    "RENT",
                    "Query about the annual rent increase letter",
                    "my rent query",
                    DemoCategory.RENT_AND_CHARGES,
                    false,
                    2),
            new Kind(
                    "RENT",
                    "Change of direct debit date",
                    "my direct debit change",
                    DemoCategory.RENT_AND_CHARGES,
                    false,
                    1));

    private final ServiceRequests serviceRequests;

    DemoServiceRequests(ServiceRequests serviceRequests) {
        this.serviceRequests = serviceRequests;
    }

    /**
     * Records {@code count} service requests, each as far through its life as today allows, and
     * returns the ones the resident complained about, with when they complained.
     */
    List<Caseload.Dissatisfaction> create(
            Random random,
            int count,
            List<DemoResident> residents,
            LocalDate today,
            WorkingCalendar calendar,
            Cast cast) {
        Instant cutoff = Caseload.startOf(today);
        List<Caseload.Dissatisfaction> dissatisfied = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = kind(random);
            DemoResident resident = Riverside.pick(random, residents);
            String by = Riverside.pick(random, cast.handlers()).username();
            LocalDate receivedOn = receivedOn(random, kind, today, calendar);
            Instant receivedAt = at(receivedOn, 8 * 60 + 30 + random.nextInt(540));
            LocalDate target =
                    kind.urgent() ? receivedOn.plusDays(1) : calendar.addWorkingDays(receivedOn, WorkingDays.of(20));
            ServiceRequest request = serviceRequests.receive(
                    new NewServiceRequest(
                            resident.id(), kind.category(), kind.description(), receivedAt, channel(random), target),
                    by);
            LocalDate complainedOn = receivedOn.plusDays(10 + random.nextInt(26));
            boolean complains = random.nextInt(100) < 11 && complainedOn.isBefore(today);
            LocalDate last = receivedOn;
            LocalDate started = calendar.addWorkingDays(receivedOn, WorkingDays.of(1 + random.nextInt(3)));
            if (happened(started, cutoff)) {
                serviceRequests.recordUpdate(
                        request.id(),
                        at(started, 9 * 60 + random.nextInt(480)),
                        "Job raised with " + contractor(kind) + "; the resident was given an appointment.",
                        ServiceRequestStatus.IN_PROGRESS,
                        null,
                        by);
                last = started;
            }
            int roll = random.nextInt(100);
            LocalDate ends = (complains ? complainedOn : started).plusDays(3 + random.nextInt(35));
            LocalDate reviewed = receivedOn.plusDays(25 + random.nextInt(10));
            if ((roll >= 86 || ends.isAfter(reviewed)) && happened(reviewed, cutoff) && reviewed.isAfter(last)) {
                serviceRequests.review(
                        request.id(),
                        at(reviewed, 10 * 60 + random.nextInt(360)),
                        Riverside.pick(random, REVIEWS),
                        null,
                        by);
            }
            if (roll < 80 && happened(ends, cutoff)) {
                serviceRequests.complete(
                        request.id(), at(ends, 9 * 60 + random.nextInt(480)), Riverside.pick(random, DONE), null, by);
            } else if (roll < 86 && happened(ends, cutoff)) {
                serviceRequests.cancel(
                        request.id(),
                        at(ends, 9 * 60 + random.nextInt(480)),
                        Riverside.pick(random, CANCELLED),
                        null,
                        by);
            }
            if (complains) {
                dissatisfied.add(new Caseload.Dissatisfaction(
                        resident,
                        kind.complaint(),
                        at(complainedOn, 9 * 60 + random.nextInt(480)),
                        new Plot.FromServiceRequest(
                                request.id(), request.reference().value(), kind.what(), receivedOn)));
            }
        }
        return dissatisfied;
    }

    /**
     * What residents ask for, and how they refer to it if they complain.
     *
     * @param complaint what a complaint about it would be about
     * @param urgent whether the landlord aims to attend the next day
     */
    private record Kind(
            String category, String description, String what, DemoCategory complaint, boolean urgent, int weight) {}

    private static Kind kind(Random random) {
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        int roll = random.nextInt(total);
        for (Kind kind : KINDS) {
            roll -= kind.weight();
            if (roll < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }

    private static LocalDate receivedOn(Random random, Kind kind, LocalDate today, WorkingCalendar calendar) {
        LocalDate day;
        do {
            day = today.minusDays(1 + random.nextInt(Caseload.DAYS));
        } while (random.nextDouble() * (1 + kind.complaint().winterPeak()) > Caseload.seasonal(kind.complaint(), day));
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static RequestChannel channel(Random random) {
        int roll = random.nextInt(100);
        return roll < 55
                ? RequestChannel.PHONE
                : roll < 80 ? RequestChannel.WEB_FORM : roll < 95 ? RequestChannel.EMAIL : RequestChannel.IN_PERSON;
    }

    private static String contractor(Kind kind) {
        return switch (kind.category()) {
            case "ASB" -> "the neighbourhood team";
            case "ESTATE" -> "Riverside Estate Services";
            case "RENT" -> "the income team";
            default -> kind.description().startsWith("Boiler") ? "Riverside Heating Services" : "Riverside Repairs Ltd";
        };
    }

    private static boolean happened(LocalDate day, Instant cutoff) {
        return at(day, 18 * 60).isBefore(cutoff);
    }

    private static Instant at(LocalDate day, int minuteOfDay) {
        return day.atTime(LocalTime.MIDNIGHT.plusMinutes(minuteOfDay))
                .atZone(WorkingCalendar.LONDON)
                .toInstant();
    }

    private static final List<String> REVIEWS = List.of(
            "Reviewed: waiting for parts; resident updated by phone.",
            "Reviewed: second appointment booked after no access on the first.",
            "Reviewed: contractor chased for a date; resident told.");
    private static final List<String> DONE = List.of(
            "Completed; resident confirmed the work is done.",
            "Completed on the first visit.",
            "Completed after the parts arrived; resident satisfied.");
    private static final List<String> CANCELLED = List.of(
            "Resident no longer needs it: sorted privately.",
            "Duplicate of an earlier request.",
            "Not our responsibility: passed to the council.");
}
