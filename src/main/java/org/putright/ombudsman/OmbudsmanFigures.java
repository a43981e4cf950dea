package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the Ombudsman found and ordered in a period, from {@code from} to {@code to} inclusive, for
 * the annual report (8.1c, 8.1e) and the governing body's updates (9.7c).
 *
 * <p>A case counts as referred, and a determination as made, when its day falls in the period.
 * {@code findings} counts the element findings of those determinations, every finding listed even
 * when none was made. Orders count as made when made in the period and complied when complied with
 * in it, whenever they were made; overdue counts those not complied with by the end of the period
 * (or today, when the period has not ended) and due before it. {@code severeMaladministrationOrders}
 * counts the orders of determinations with a finding of severe maladministration, the
 * progress in complying with which 9.7c asks to be reported.
 */
public record OmbudsmanFigures(
        LocalDate from,
        LocalDate to,
        LocalDate asAt,
        long referrals,
        long determinations,
        Map<OmbudsmanFinding, Long> findings,
        OrderFigures orders,
        OrderFigures recommendations,
        OrderFigures complaintHandlingFailureOrders,
        OrderFigures severeMaladministrationOrders) {

    public OmbudsmanFigures {
        findings = Map.copyOf(findings);
    }

    /** Made, complied with and overdue in the period. */
    public record OrderFigures(long made, long complied, long overdue) {}

    /** The figures of {@code cases} for the period, as they stand at the end of {@code today}. */
    public static OmbudsmanFigures of(Collection<OmbudsmanCase> cases, LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        LocalDate asAt = to.isBefore(today) ? to : today;
        Predicate<LocalDate> inPeriod = day -> !day.isBefore(from) && !day.isAfter(to);
        Map<OmbudsmanFinding, Long> findings = new EnumMap<>(OmbudsmanFinding.class);
        for (OmbudsmanFinding finding : OmbudsmanFinding.values()) {
            findings.put(finding, 0L);
        }
        long determinations = 0;
        for (OmbudsmanCase c : cases) {
            Determination determination = c.determination();
            if (determination != null && inPeriod.test(determination.determinedOn())) {
                determinations++;
                determination.findings().forEach(element -> findings.merge(element.finding(), 1L, Long::sum));
            }
        }
        return new OmbudsmanFigures(
                from,
                to,
                asAt,
                cases.stream().filter(c -> inPeriod.test(c.referredOn())).count(),
                determinations,
                findings,
                orderFigures(cases, OrderKind.ORDER, c -> true, inPeriod, asAt),
                orderFigures(cases, OrderKind.RECOMMENDATION, c -> true, inPeriod, asAt),
                orderFigures(cases, OrderKind.COMPLAINT_HANDLING_FAILURE_ORDER, c -> true, inPeriod, asAt),
                orderFigures(
                        cases,
                        OrderKind.ORDER,
                        c -> c.found(OmbudsmanFinding.SEVERE_MALADMINISTRATION),
                        inPeriod,
                        asAt));
    }

    private static OrderFigures orderFigures(
            Collection<OmbudsmanCase> cases,
            OrderKind kind,
            Predicate<OmbudsmanCase> ofCase,
            Predicate<LocalDate> inPeriod,
            LocalDate asAt) {
        long made = 0;
        long complied = 0;
        long overdue = 0;
        for (OmbudsmanCase c : cases) {
            if (!ofCase.test(c)) {
                continue;
            }
            for (OmbudsmanOrder order : c.orders()) {
                if (order.kind() != kind) {
                    continue;
                }
                if (inPeriod.test(order.madeOn())) {
                    made++;
                }
                Compliance compliance = order.compliance();
                if (compliance != null && inPeriod.test(compliance.compliedOn())) {
                    complied++;
                }
                if (order.isOverdueOn(asAt)) {
                    overdue++;
                }
            }
        }
        return new OrderFigures(made, complied, overdue);
    }
}
