package org.putright.selfassessment;

import java.util.Arrays;
import java.util.List;
import org.putright.code.CitesProvisions;
import org.putright.code.ProvisionNumber;

/**
 * Every figure the record gives as evidence of the Code, with the provisions (2024 numbering) it
 * evidences and what it measures, in words that stay the same from year to year.
 */
public enum Measure implements CitesProvisions {
    SERVICE_REQUESTS_REVIEWED(
            "service requests recorded in the period that have been reviewed in the last 14 days or closed", "1.4"),
    REFUSALS_WITH_REASONS_AND_LETTER(
            "refusals decided in the period that gave individual reasons in a refusal letter", "2.1", "2.4"),
    DEFINITIONS_RECORDED("acknowledgements made in the period that recorded the complaint definition", "5.6"),
    ADJUSTMENTS_OVERDUE_REVIEW("reasonable adjustments and disabilities past their review date today", "5.10"),
    RECORDS_COMPLETE(
            "complaint stages started in the period whose record holds the letter of every response and refusal",
            "5.12"),
    STAGE_1_ACKNOWLEDGED_ON_TIME(
            "stage 1 acknowledgements of complaints received in the period made within the Code's timescale", "6.2"),
    STAGE_1_RESPONDED_ON_TIME(
            "stage 1 responses issued in the period within the timescale, with any valid extension", "6.3"),
    STAGE_1_EXTENSIONS_WITHIN_CAP(
            "stage 1 complaints received in the period and extended whose extensions stay within the cap or have a recorded good reason",
            "6.4"),
    STAGE_1_EXTENSIONS_NOTIFIED_IN_TIME(
            "stage 1 complaints received in the period and extended whose every extension was notified on or before the deadline it extended",
            "6.4",
            "6.5"),
    STAGE_1_EXTENSIONS_WITH_OMBUDSMAN_DETAILS(
            "stage 1 complaints received in the period and extended with a letter giving the Ombudsman's contact details for every extension",
            "6.5"),
    STAGE_1_LETTERS_COMPLETE("stage 1 responses issued in the period whose letter holds items a to g", "6.9"),
    STAGE_2_ACKNOWLEDGED_ON_TIME(
            "stage 2 acknowledgements of escalations requested in the period made within the Code's timescale", "6.11"),
    STAGE_2_HANDLER_INDEPENDENT(
            "stage 2 acknowledgements made in the period whose handler did not handle stage 1", "6.13"),
    STAGE_2_RESPONDED_ON_TIME(
            "stage 2 responses issued in the period within the timescale, with any valid extension", "6.14"),
    STAGE_2_EXTENSIONS_WITHIN_CAP(
            "stage 2 escalations requested in the period and extended whose extensions stay within the cap or have a recorded good reason",
            "6.15"),
    STAGE_2_EXTENSIONS_NOTIFIED_IN_TIME(
            "stage 2 escalations requested in the period and extended whose every extension was notified on or before the deadline it extended",
            "6.15",
            "6.16"),
    STAGE_2_EXTENSIONS_WITH_OMBUDSMAN_DETAILS(
            "stage 2 escalations requested in the period and extended with a letter giving the Ombudsman's contact details for every extension",
            "6.16"),
    STAGE_2_LETTERS_COMPLETE("stage 2 responses issued in the period whose letter holds items a to g", "6.19"),
    REMEDIES_COMPLETED_BY_DATE(
            "remedies with a due date, offered in responses issued in the period and completed or due by the day the"
                    + " figure was computed, completed by that date",
            "7.3"),
    LESSONS_RECORDED("lessons learned or service improvements made in the period", "9.1");

    private final String description;
    private final List<ProvisionNumber> provisions;

    Measure(String description, String... provisions) {
        this.description = description;
        this.provisions = Arrays.stream(provisions).map(ProvisionNumber::parse).toList();
    }

    public String description() {
        return description;
    }

    @Override
    public List<ProvisionNumber> provisions() {
        return provisions;
    }
}
