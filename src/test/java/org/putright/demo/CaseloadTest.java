package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.putright.demo.DemoWorld.CAST;
import static org.putright.demo.DemoWorld.ENGLAND;
import static org.putright.demo.DemoWorld.HOS_2024;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.putright.calendar.WorkingCalendar;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.Status;

class CaseloadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final List<DemoResident> RESIDENTS = DemoWorld.residents(400);

    @Test
    void theSameSeedOnTheSameDayPlansTheSameStories() {
        assertThat(stories(2024, TODAY, 420)).isEqualTo(stories(2024, TODAY, 420));
    }

    @Test
    void anotherSeedPlansAnotherCaseload() {
        assertThat(stories(2025, TODAY, 420)).isNotEqualTo(stories(2024, TODAY, 420));
    }

    @Test
    void onAnyDayOfTheYearTheCaseloadHasAComplaintInEveryStatusWithResponsesDueSoonAndOverdue() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(3)) {
            Instant cutoff = Caseload.startOf(day);
            List<Story> stories = stories(2024, day, Caseload.Pin.values().length);
            Set<Status> statuses = stories.stream()
                    .map(story -> story.statusAt(cutoff))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
            assertThat(statuses).as("statuses on %s", day).containsAll(EnumSet.allOf(Status.class));
            List<LocalDate> stageOneDue = stories.stream()
                    .filter(story -> story.statusAt(cutoff) == Status.STAGE_1_OPEN)
                    .map(story -> story.respondByAt(1, cutoff))
                    .toList();
            LocalDate today = day;
            assertThat(stageOneDue).as("stage 1 deadlines on %s", day).anyMatch(due -> due.isBefore(today));
            assertThat(stageOneDue)
                    .as("stage 1 deadlines on %s", day)
                    .anyMatch(due -> !due.isBefore(today)
                            && ENGLAND.workingDaysBetween(today, due).value() <= 2);
        }
    }

    @Test
    void complaintsEndInTheSharesRealLandlordsReport() {
        List<Plot> plots = plan(2024, TODAY, 420);
        Map<Fate, Long> fates = plots.stream().collect(Collectors.groupingBy(Plot::fate, Collectors.counting()));

        assertThat(plots).hasSize(420);
        assertThat(share(count(fates, Fate.REFUSED), 420)).isBetween(0.06, 0.09);
        long withdrawn = count(fates, Fate.WITHDRAWN_EARLY) + count(fates, Fate.WITHDRAWN_AT_STAGE_1);
        assertThat(share(withdrawn, 420)).isBetween(0.02, 0.05);
        long escalated = count(fates, Fate.ESCALATED)
                + count(fates, Fate.ESCALATION_REFUSED)
                + count(fates, Fate.ESCALATION_WITHDRAWN);
        assertThat(share(escalated, 420)).isBetween(0.14, 0.19);
        assertThat(count(fates, Fate.ESCALATION_REFUSED)).isPositive();
        assertThat(plots.stream().filter(plot -> plot.fate() == Fate.REFUSED).map(Plot::ground))
                .containsAll(List.of(RefusalGround.values()));
    }

    @Test
    void everyRarerTurnHappensToAComplaintOldEnoughToHaveFinished() {
        List<Plot> plots = plan(2024, TODAY, 420);
        Instant monthsAgo = Caseload.startOf(TODAY.minusDays(120));

        for (Twist twist : EnumSet.complementOf(EnumSet.of(Twist.NOT_EXTENDED))) {
            assertThat(plots)
                    .as(twist.name())
                    .anyMatch(plot -> plot.has(twist) && plot.receivedAt().isBefore(monthsAgo));
        }
        assertThat(plots.stream().filter(plot -> plot.has(Twist.EXTENDED_BEYOND_CAP)))
                .hasSize(1);
    }

    @Test
    void dampAndMouldComplaintsComeInMoreOftenInWinterThanInSummer() {
        List<Plot> plots = plan(2024, TODAY, 2000);

        assertThat(inMonths(plots, DemoCategory.DAMP_AND_MOULD, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY))
                .isGreaterThan(2 * inMonths(plots, DemoCategory.DAMP_AND_MOULD, Month.JUNE, Month.JULY, Month.AUGUST));
        long conductInWinter =
                inMonths(plots, DemoCategory.STAFF_CONDUCT, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY);
        long conductInSummer = inMonths(plots, DemoCategory.STAFF_CONDUCT, Month.JUNE, Month.JULY, Month.AUGUST);
        assertThat(share(conductInWinter, conductInWinter + conductInSummer)).isBetween(0.35, 0.65);
    }

    private static long inMonths(List<Plot> plots, DemoCategory category, Month... months) {
        Set<Month> wanted = EnumSet.copyOf(List.of(months));
        return plots.stream()
                .filter(plot -> plot.category() == category)
                .filter(plot -> wanted.contains(
                        plot.receivedAt().atZone(WorkingCalendar.LONDON).getMonth()))
                .count();
    }

    private static <K> long count(Map<K, Long> counts, K key) {
        return counts.getOrDefault(key, 0L);
    }

    private static double share(long part, long whole) {
        return (double) part / whole;
    }

    private static List<Plot> plan(long seed, LocalDate today, int complaints) {
        return new Caseload(new Random(seed), today, CAST, ENGLAND, HOS_2024).plan(complaints, RESIDENTS, List.of());
    }

    private static List<Story> stories(long seed, LocalDate today, int complaints) {
        return plan(seed, today, complaints).stream()
                .map(plot -> Story.write(plot, CAST, ENGLAND, HOS_2024))
                .toList();
    }
}
