package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.putright.PutrightApplication;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.Timescales;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintPage;
import org.putright.complaint.ComplaintQuery;
import org.putright.complaint.ComplaintSummary;
import org.putright.complaint.Complaints;
import org.putright.complaint.Remedy;
import org.putright.complaint.Status;
import org.putright.resident.Residents;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo landlord at its full, default size, generated twice into two fresh databases on the same
 * day: the complaints come out the same, every step of every story is accepted by the Complaint
 * aggregate, and the caseload has the shape of a real landlord's.
 */
class DemoLandlordDeterminismTest {

    private static final Clock WEDNESDAY_4_MARCH_2026 =
            Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC);

    private static Run first;
    private static Run second;

    @BeforeAll
    static void generateTwice() {
        first = generate();
        second = generate();
    }

    @Test
    void theSameSeedOnTheSameDayGivesTheSameComplaintsInTheSameStates() {
        assertThat(first.generation().stumbles()).isZero();
        assertThat(second.generation().stumbles()).isZero();
        assertThat(first.complaints()).hasSizeGreaterThanOrEqualTo(420);
        assertThat(second.complaints()).containsExactlyElementsOf(first.complaints());
        System.out.println("Generated the default demo landlord in "
                + first.generation().took().toMillis() + " ms and again in "
                + second.generation().took().toMillis() + " ms");
    }

    @Test
    void theDefaultCaseloadHasTheShapeOfARealLandlords() {
        Run run = first;
        List<Fingerprint> complaints = run.complaints();
        double total = complaints.size();

        assertThat(complaints.stream().map(Fingerprint::status)).contains(Status.values());
        assertThat(count(complaints, Status.REFUSED) / total).isBetween(0.05, 0.10);
        assertThat(count(complaints, Status.WITHDRAWN) / total).isBetween(0.02, 0.05);
        assertThat(run.acknowledgedOnTime()).isBetween(0.82, 0.94);
        assertThat(run.respondedOnTime()).isBetween(0.72, 0.88);
        assertThat(run.extended()).isBetween(0.10, 0.20);
        assertThat(run.escalated()).isBetween(0.14, 0.24);
        assertThat(run.awaitingApproval()).isPositive();
    }

    private static long count(List<Fingerprint> complaints, Status status) {
        return complaints.stream().filter(c -> c.status() == status).count();
    }

    /** What two runs must agree on about each complaint: everything but generated ids and the time of recording. */
    record Fingerprint(
            String reference,
            Status status,
            int stage,
            Instant receivedAt,
            String resident,
            @Nullable String category,
            @Nullable String handler,
            @Nullable LocalDate acknowledgeBy,
            @Nullable LocalDate respondBy,
            List<String> record) {}

    record Run(
            DemoComplaints.Generation generation,
            List<Fingerprint> complaints,
            double acknowledgedOnTime,
            double respondedOnTime,
            double extended,
            double escalated,
            long awaitingApproval) {}

    private static Run generate() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PutrightApplication.class)
                .initializers(started -> started.getBeanFactory().registerSingleton("clock", WEDNESDAY_4_MARCH_2026))
                // Arguments, which outrank application.yml, so that nothing reaches its file database.
                .run(
                        "--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--putright.demo=false",
                        "--server.port=0",
                        "--logging.structured.format.console=")) {
            context.getBean(DemoSettings.class).ensure();
            context.getBean(DemoStaff.class).ensure();
            DemoComplaints.Generation generation =
                    context.getBean(DemoComplaints.class).ensure().orElseThrow();
            return read(generation, context.getBean(Complaints.class), context.getBean(Residents.class));
        }
    }

    private static Run read(DemoComplaints.Generation generation, Complaints complaints, Residents residents) {
        WorkingCalendar calendar = complaints.calendar();
        Timescales timescales = complaints.timescales();
        List<Fingerprint> fingerprints = new ArrayList<>();
        int acknowledged = 0;
        int acknowledgedOnTime = 0;
        int responded = 0;
        int respondedOnTime = 0;
        int extended = 0;
        int escalated = 0;
        long awaitingApproval = 0;
        for (ComplaintSummary summary : all(complaints)) {
            Complaint complaint = complaints.get(summary.reference());
            fingerprints.add(new Fingerprint(
                    summary.reference().value(),
                    summary.status(),
                    summary.stage(),
                    summary.receivedAt(),
                    residents.get(summary.residentId()).name(),
                    summary.category(),
                    summary.handler(),
                    summary.acknowledgeBy(),
                    summary.respondBy(),
                    complaint.record().stream()
                            .map(event ->
                                    event.event().name() + "@" + event.event().at())
                            .toList()));
            Instant acknowledgedAt = complaint.acknowledgedAt(1);
            LocalDate acknowledgeBy = complaint.acknowledgementDeadline(1, calendar, timescales);
            if (acknowledgedAt != null && acknowledgeBy != null) {
                acknowledged++;
                acknowledgedOnTime += calendar.onTime(acknowledgedAt, acknowledgeBy) ? 1 : 0;
            }
            Instant respondedAt = complaint.responseAt(1);
            LocalDate respondBy = complaint.respondBy(1, calendar, timescales);
            if (respondedAt != null && respondBy != null) {
                responded++;
                respondedOnTime += calendar.onTime(respondedAt, respondBy) ? 1 : 0;
                extended += complaint.extensions().stream().anyMatch(e -> e.stage() == 1) ? 1 : 0;
                escalated += complaint.escalationRequestedAt() != null ? 1 : 0;
            }
            awaitingApproval += complaint.remedies().stream()
                    .filter(remedy -> remedy.status() == Remedy.Status.AWAITING_APPROVAL)
                    .count();
        }
        fingerprints.sort(Comparator.comparing(Fingerprint::reference));
        return new Run(
                generation,
                fingerprints,
                (double) acknowledgedOnTime / acknowledged,
                (double) respondedOnTime / responded,
                (double) extended / responded,
                (double) escalated / responded,
                awaitingApproval);
    }

    private static List<ComplaintSummary> all(Complaints complaints) {
        List<ComplaintSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            ComplaintPage found =
                    complaints.list(new ComplaintQuery(null, null, null, null, null, null, null, page, 100));
            all.addAll(found.items());
            if (found.items().isEmpty() || all.size() >= found.total()) {
                return all;
            }
        }
    }
}
