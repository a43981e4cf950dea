package org.putright.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

@PutrightIntegrationTest
class CalendarApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ChangesHeard changes;

    Api api;

    @BeforeEach
    void connect() {
        api = Api.at(port).asAdmin();
    }

    @Test
    void computesADeadlineFromAnInstantOnItsLondonDay() {
        // 00:30 BST on Friday 7 June 2024 is still 6 June in UTC; the London day counts.
        Api.Response response = api.get("/api/v1/calendar/deadline?from=2024-06-07T00:30:00%2B01:00&workingDays=5");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("from").asString()).isEqualTo("2024-06-07");
        assertThat(response.json().get("deadline").asString()).isEqualTo("2024-06-14");
    }

    @Test
    void skipsChristmasAndItsSubstituteDays() {
        // Friday 23 December 2022: 26 Dec (Boxing Day) and 27 Dec (Christmas substitute) are holidays.
        Api.Response response = api.get("/api/v1/calendar/deadline?from=2022-12-23&workingDays=5");

        // Working days: 28, 29, 30 December, then 3 and 4 January.
        assertThat(response.json().get("deadline").asString()).isEqualTo("2023-01-04");
        assertThat(response.json().get("nonWorkingDaysSkipped").findValuesAsString("date"))
                .containsExactly("2022-12-26", "2022-12-27", "2023-01-02");
    }

    @Test
    void aClosureDayMovesDeadlinesAndAnnouncesTheChange() {
        int heardBefore = changes.events().size();
        // Wednesday 9 December 2026 + 1 working day is Thursday 10 December, until the office closes then.
        assertThat(deadline("2026-12-09", 1)).isEqualTo("2026-12-10");

        Api.Response added =
                api.post("/api/v1/calendar/closure-days", Map.of("date", "2026-12-10", "name", "Staff training day"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(deadline("2026-12-09", 1)).isEqualTo("2026-12-11");
        assertThat(changes.events()).hasSizeGreaterThan(heardBefore);
        assertThat(changes.events().getLast().from()).isEqualTo(LocalDate.of(2026, 12, 10));

        assertThat(api.delete("/api/v1/calendar/closure-days/2026-12-10").status())
                .isEqualTo(204);
        assertThat(deadline("2026-12-09", 1)).isEqualTo("2026-12-10");
    }

    @Test
    void anAdministratorAddsANewlyAnnouncedBankHoliday() {
        Api.Response added = api.post(
                "/api/v1/calendar/bank-holidays",
                Map.of("date", "2027-06-11", "name", "Bank holiday for a national celebration"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("kind").asString()).isEqualTo("ADDED_BANK_HOLIDAY");
        assertThat(deadline("2027-06-10", 1)).isEqualTo("2027-06-14");
        assertThat(api.get("/api/v1/calendar/non-working-days?from=2027-06-01&to=2027-06-30")
                        .json()
                        .findValuesAsString("date"))
                .contains("2027-06-11");
    }

    @Test
    void refusesAnExistingBankHolidayAWeekendAndADuplicateClosure() {
        Api.Response official =
                api.post("/api/v1/calendar/bank-holidays", Map.of("date", "2026-12-25", "name", "Christmas"));
        Api.Response weekend =
                api.post("/api/v1/calendar/closure-days", Map.of("date", "2026-12-26", "name", "Saturday"));
        api.post("/api/v1/calendar/closure-days", Map.of("date", "2026-12-31", "name", "New Year's Eve"));
        Api.Response duplicate =
                api.post("/api/v1/calendar/closure-days", Map.of("date", "2026-12-31", "name", "Again"));

        assertThat(official.status()).isEqualTo(409);
        assertThat(weekend.status()).isEqualTo(400);
        assertThat(weekend.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/calendar/bank-holidays/2026-12-25").status())
                .as("only added bank holidays can be removed")
                .isEqualTo(404);
    }

    @Test
    void thePastCannotBeRewritten() {
        // Today is 23 November 2026 in these tests: an earlier closure would move deadlines already met or missed.
        Api.Response past = api.post("/api/v1/calendar/closure-days", Map.of("date", "2026-11-20", "name", "Too late"));
        Api.Response pastHoliday =
                api.post("/api/v1/calendar/bank-holidays", Map.of("date", "2025-06-13", "name", "Too late"));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
        assertThat(pastHoliday.status()).isEqualTo(400);
    }

    @Test
    void badDatesAndCountsAre400Problems() {
        for (String query : List.of(
                "from=yesterday&workingDays=5",
                "from=2024-02-30&workingDays=5",
                "from=2024-06-07&workingDays=-1",
                "from=2024-06-07&workingDays=many",
                "workingDays=5")) {
            Api.Response response = api.get("/api/v1/calendar/deadline?" + query);
            assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aDateWhoseYearIsNotFourDigitsIsA400ProblemNotADatabaseError() {
        // java.time reads expanded years; PostgreSQL cannot hold them and deadlines overflow on them.
        List<Api.Response> responses = List.of(
                api.post("/api/v1/calendar/closure-days", Map.of("date", "+999999999-12-31", "name", "Far away")),
                api.post("/api/v1/calendar/bank-holidays", Map.of("date", "+10000-01-03", "name", "Far away")),
                api.delete("/api/v1/calendar/closure-days/%2B999999999-12-31"),
                api.delete("/api/v1/calendar/bank-holidays/-0001-01-01"),
                api.get("/api/v1/calendar/non-working-days?from=%2B10000-01-01&to=%2B10000-12-31"),
                api.get("/api/v1/calendar/deadline?from=%2B999999999-12-31T00:00:00Z&workingDays=5"));

        for (Api.Response response : responses) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(responses.get(0).json().get("errors").findValuesAsString("field"))
                .containsExactly("date");
    }

    @Test
    void onlyAnAdministratorChangesTheCalendar() {
        api.post(
                "/api/v1/staff",
                Map.of("username", "cal-handler", "name", "H", "email", "h@example.org", "roles", List.of("HANDLER")));
        String token = api.post("/api/v1/staff/cal-handler/tokens", Map.of())
                .json()
                .get("token")
                .asString();

        Api.Response response = Api.at(port)
                .as(token)
                .post("/api/v1/calendar/closure-days", Map.of("date", "2026-12-30", "name", "Closed"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(Api.at(port)
                        .as(token)
                        .get("/api/v1/calendar/deadline?from=2026-12-29&workingDays=1")
                        .status())
                .isEqualTo(200);
    }

    private String deadline(String from, int workingDays) {
        return api.get("/api/v1/calendar/deadline?from=" + from + "&workingDays=" + workingDays)
                .json()
                .get("deadline")
                .asString();
    }

    record ChangesHeard(List<WorkingCalendarChanged> events) {
        @EventListener
        void on(WorkingCalendarChanged event) {
            events.add(event);
        }
    }

    @TestConfiguration
    static class Listening {
        @Bean
        ChangesHeard changesHeard() {
            return new ChangesHeard(new CopyOnWriteArrayList<>());
        }
    }
}
