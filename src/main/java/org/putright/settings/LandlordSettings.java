package org.putright.settings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.putright.code.EditionId;

/**
 * What the landlord has set. {@code ombudsmanContact} is the text letters give residents for
 * taking their complaint to the Housing Ombudsman; {@code letters} the rest letters need.
 */
public record LandlordSettings(
        String name,
        EditionId codeEdition,
        String ombudsmanContact,
        String primaryColour,
        List<HomesCount> homesByReportingYear,
        Instant updatedAt,
        String updatedBy,
        long version,
        LetterSettings letters) {

    /** The Housing Ombudsman's published contact details, used until the landlord changes them. */
    public static final String DEFAULT_OMBUDSMAN_CONTACT = """
            Housing Ombudsman Service
            PO Box 152, Liverpool L33 7WQ
            Telephone: 0300 111 3000
            Email: info@housing-ombudsman.org.uk
            Website: www.housing-ombudsman.org.uk""";

    public static final String DEFAULT_NAME = "Your landlord";

    public static final String DEFAULT_COLOUR = "#1d5c63";

    public LandlordSettings {
        homesByReportingYear = homesByReportingYear.stream()
                .sorted(Comparator.comparing(HomesCount::reportingYear))
                .toList();
    }

    /** The homes count for a period that lies within one reporting year, if the landlord gave it. */
    public Optional<Integer> homesFor(LocalDate from, LocalDate to) {
        ReportingYear year = ReportingYear.containing(from);
        if (!year.contains(to)) {
            return Optional.empty();
        }
        return homesByReportingYear.stream()
                .filter(count -> count.reportingYear().equals(year))
                .map(HomesCount::homes)
                .findFirst();
    }
}
