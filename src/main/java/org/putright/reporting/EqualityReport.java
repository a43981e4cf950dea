package org.putright.reporting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.reporting.EqualityComparison.CharacteristicComparison;

/**
 * Complainants of a period compared with the tenant profile of the reporting year the period starts
 * in: how many residents complained (each once however often they complained), and each
 * characteristic's comparison.
 */
public record EqualityReport(
        LocalDate from,
        LocalDate to,
        String reportingYear,
        boolean tenantProfileSupplied,
        long complainants,
        List<CharacteristicComparison> characteristics) {

    /** The report as one table, for CSV and XLSX: a row per group, suppressed counts shown as such. */
    public ReportTable table() {
        ReportTable.Builder table = ReportTable.builder(
                "equality",
                "Complainants compared with tenants, " + from + " to " + to + " (tenant profile " + reportingYear + ")",
                "Characteristic",
                "Group",
                "Complainants",
                "Share of complainants who answered (%)",
                "Tenants",
                "Share of tenants (%)",
                "Difference (percentage points)",
                "Assessment");
        for (CharacteristicComparison characteristic : characteristics) {
            for (EqualityComparison.GroupComparison group : characteristic.groups()) {
                table.row(
                        characteristic.label(),
                        group.label(),
                        group.suppressed() ? "fewer than " + EqualityComparison.SUPPRESS_BELOW : group.complainants(),
                        group.complainantShare(),
                        group.tenants(),
                        group.tenantShare(),
                        group.difference(),
                        group.assessment().words());
            }
            table.row(
                    characteristic.label(),
                    "Prefer not to say",
                    shown(characteristic.preferNotToSay()),
                    null,
                    null,
                    null,
                    null,
                    null);
            table.row(
                    characteristic.label(),
                    "Not recorded",
                    shown(characteristic.notRecorded()),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        return table.build();
    }

    private static Object shown(@Nullable Long count) {
        return count == null ? "not shown: too few answers" : count;
    }
}
