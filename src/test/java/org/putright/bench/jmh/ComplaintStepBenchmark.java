package org.putright.bench.jmh;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.putright.calendar.Division;
import org.putright.calendar.GovUkBankHolidays;
import org.putright.calendar.JollydayBankHolidays;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.putright.code.Timescales;
import org.putright.complaint.Actor;
import org.putright.complaint.Channel;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Deadlines;
import org.putright.complaint.Definition;
import org.putright.complaint.Lifecycle;
import org.putright.complaint.NewComplaint;
import org.putright.complaint.Status;

/**
 * The complaint's hot paths: the lifecycle check behind every step (is this step open from this
 * status?), the deadline now due (computed for every complaint saved and every worklist row), and
 * receiving and acknowledging a complaint through the aggregate, as intake and every step do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ComplaintStepBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Actor HANDLER = new Actor("hana", new BigDecimal("100.00"));

    @Param({"RECEIVED", "STAGE_1_OPEN", "STAGE_2_REQUESTED"})
    public String status;

    private final WorkingCalendar england = WorkingCalendar.of(
            Division.ENGLAND_AND_WALES, GovUkBankHolidays.shipped().orElse(new JollydayBankHolidays()));
    private final Timescales hos2024 =
            CodeEditions.shipped().get(EditionId.HOS_2024).timescales();
    private final Definition definition =
            Definition.numbered(List.of(new Definition.PointText("Boiler repair delay", "Put it right")), List.of());
    private Complaint complaint = received();
    private Status from = Status.RECEIVED;
    private int serial;

    @Setup
    public void bringToStatus() {
        from = Status.valueOf(status);
        complaint = received();
        if (from != Status.RECEIVED) {
            complaint.acknowledge(Instant.parse("2025-12-22T10:00:00Z"), "hana", definition, null, HANDLER, NOW);
        }
        if (from == Status.STAGE_2_REQUESTED) {
            complaint.respond(
                    Instant.parse("2026-01-06T10:00:00Z"),
                    List.of(new org.putright.complaint.Finding(1, true, "The record shows it.")),
                    List.of(),
                    List.of(),
                    HANDLER,
                    NOW);
            complaint.escalate(Instant.parse("2026-01-08T10:00:00Z"), null, Actor.resident(), NOW);
        }
    }

    private Complaint received() {
        return Complaint.receive(
                ComplaintReference.of(2025, ++serial),
                new NewComplaint(
                        Instant.parse("2025-12-19T16:00:00Z"),
                        Channel.PHONE,
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        null,
                        "The boiler has broken twice and nobody came back.",
                        null,
                        "REPAIRS",
                        null,
                        null),
                HANDLER,
                NOW);
    }

    /** The transition check every step starts with. */
    @Benchmark
    public Optional<Status> transitionCheck() {
        return Lifecycle.after(from, Lifecycle.Step.ACKNOWLEDGE);
    }

    /** Every step open from a status, as the complaint page lists them. */
    @Benchmark
    public Map<Lifecycle.Step, Status> stepsOpen() {
        return Lifecycle.stepsFrom(from);
    }

    /** The deadline now due, as saved in the summary after every step. */
    @Benchmark
    public Deadlines deadlineNowDue() {
        return complaint.deadlines(england, hos2024);
    }

    /** Intake and acknowledgement through the aggregate, with their checks and events. */
    @Benchmark
    public Complaint receiveAndAcknowledge() {
        Complaint fresh = received();
        fresh.acknowledge(Instant.parse("2025-12-22T10:00:00Z"), "hana", definition, null, HANDLER, NOW);
        return fresh;
    }
}
