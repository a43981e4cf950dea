package org.putright.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GovUkBankHolidaysTest {

    private static final String EVENT = """
            {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true}""";

    @Test
    void readsEachDivisionsBankHolidaysByYear() {
        GovUkBankHolidays list = parse(file("""
                {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true},
                {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true},
                {"title": "New Year’s Day", "date": "2027-01-01", "notes": "", "bunting": true}""", EVENT, EVENT));

        assertThat(list.bankHolidays(Division.ENGLAND_AND_WALES, 2026))
                .containsExactly(
                        NonWorkingDay.bankHoliday(LocalDate.of(2026, 12, 25), "Christmas Day"),
                        NonWorkingDay.bankHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (Substitute day)"));
        assertThat(list.yearsCovered(Division.ENGLAND_AND_WALES)).containsExactly(2026, 2027);
        assertThat(list.yearsCovered(Division.SCOTLAND)).containsExactly(2026);
    }

    @Test
    void coversOnlyTheYearsItLists() {
        GovUkBankHolidays list = parse(file(EVENT, EVENT, EVENT));

        assertThat(list.covers(Division.SCOTLAND, 2026)).isTrue();
        assertThat(list.covers(Division.SCOTLAND, 2027)).isFalse();
        assertThat(list.bankHolidays(Division.SCOTLAND, 2027)).isEmpty();
    }

    @Test
    void theShippedListHasTheRealBankHolidaysOf2022() {
        assertThat(GovUkBankHolidays.shipped().bankHolidays(Division.ENGLAND_AND_WALES, 2022))
                .extracting(NonWorkingDay::date)
                .containsExactly(
                        LocalDate.of(2022, 1, 3),
                        LocalDate.of(2022, 4, 15),
                        LocalDate.of(2022, 4, 18),
                        LocalDate.of(2022, 5, 2),
                        LocalDate.of(2022, 6, 2),
                        LocalDate.of(2022, 6, 3),
                        LocalDate.of(2022, 8, 29),
                        LocalDate.of(2022, 9, 19),
                        LocalDate.of(2022, 12, 26),
                        LocalDate.of(2022, 12, 27));
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("not JSON", "<html>Bank holidays</html>", "not valid JSON"),
                Arguments.of("empty", "", "expected a JSON object"),
                Arguments.of("an array", "[]", "expected a JSON object"),
                Arguments.of("cut short", file(EVENT, EVENT, EVENT).substring(0, 60), "not valid JSON"),
                Arguments.of("trailing text", file(EVENT, EVENT, EVENT) + " extra", "not valid JSON"),
                Arguments.of("a missing division", """
                        {"england-and-wales": {"division": "england-and-wales", "events": [%s]},
                         "northern-ireland": {"division": "northern-ireland", "events": [%s]}}""".formatted(EVENT, EVENT), "division 'scotland' is missing"),
                Arguments.of("a division that is not an object", """
                        {"england-and-wales": [], "scotland": {}, "northern-ireland": {}}""", "division 'england-and-wales' is not an object"),
                Arguments.of(
                        "a division named differently",
                        file(EVENT, EVENT, EVENT).replace("\"division\": \"scotland\"", "\"division\": \"wales\""),
                        "the entry for 'scotland' names another division"),
                Arguments.of("no events", file("", EVENT, EVENT), "division 'england-and-wales' has no list of events"),
                Arguments.of(
                        "an event without a date",
                        file(EVENT, "{\"title\": \"St Andrew’s Day\"}", EVENT),
                        "scotland event 1 has no 'date' text"),
                Arguments.of(
                        "an event without a title",
                        file(EVENT, EVENT, EVENT + ", {\"date\": \"2026-03-17\"}"),
                        "northern-ireland event 2 has no 'title' text"),
                Arguments.of(
                        "an empty title",
                        file(EVENT.replace("Christmas Day", " "), EVENT, EVENT),
                        "england-and-wales event 1 (2026-12-25) has an empty title"),
                Arguments.of(
                        "a month that does not exist",
                        file(EVENT.replace("2026-12-25", "2026-13-01"), EVENT, EVENT),
                        "england-and-wales event 1 has date '2026-13-01', which is not a date"),
                Arguments.of(
                        "a day that does not exist",
                        file(EVENT, EVENT.replace("2026-12-25", "2026-02-30"), EVENT),
                        "scotland event 1 has date '2026-02-30', which is not a date"),
                Arguments.of(
                        "a British date format",
                        file(EVENT, EVENT, EVENT.replace("2026-12-25", "25/12/2026")),
                        "northern-ireland event 1 has date '25/12/2026', which is not a date"),
                Arguments.of(
                        "a date given as a number",
                        file(EVENT.replace("\"2026-12-25\"", "20261225"), EVENT, EVENT),
                        "england-and-wales event 1 has no 'date' text"),
                Arguments.of("the same date twice", file(EVENT + ", " + EVENT, EVENT, EVENT), "lists 2026-12-25 twice"),
                Arguments.of(
                        "the same key twice",
                        file(EVENT.replace("\"notes\"", "\"date\": \"2026-12-24\", \"notes\""), EVENT, EVENT),
                        "not valid JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void refusesAMalformedFileSayingWhatIsWrong(String what, String json, String problem) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(MalformedBankHolidays.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a usable GOV.UK bank holidays file: ")
                .hasMessageContaining(problem);
    }

    private static GovUkBankHolidays parse(String json) {
        return GovUkBankHolidays.parse(new ByteArrayInputStream(json.getBytes(UTF_8)));
    }

    private static String file(String englandAndWales, String scotland, String northernIreland) {
        return """
                {"england-and-wales": {"division": "england-and-wales", "events": [%s]},
                 "scotland": {"division": "scotland", "events": [%s]},
                 "northern-ireland": {"division": "northern-ireland", "events": [%s]}}""".formatted(englandAndWales, scotland, northernIreland);
    }
}
