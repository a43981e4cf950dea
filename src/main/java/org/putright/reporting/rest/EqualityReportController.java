package org.putright.reporting.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.reporting.Dashboard;
import org.putright.reporting.EqualityMonitoring;
import org.putright.reporting.EqualityReport;
import org.putright.reporting.ExportFormat;
import org.putright.reporting.Exports;
import org.putright.reporting.ReportingPeriod;
import org.putright.reporting.TenantPopulation;
import org.putright.resident.EqualityCharacteristic;
import org.putright.settings.ReportingYear;
import org.putright.system.problem.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Equality monitoring over the API (3.1, 3.3): the complainants of a period compared with the
 * landlord's tenant profile, as JSON, CSV or XLSX; and the tenant profile of each reporting year,
 * which managers enter. For managers and the governing body.
 */
@RestController
@RequestMapping("/api/v1/reports/equality")
@PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
class EqualityReportController {

    private final EqualityMonitoring equality;
    private final Dashboard dashboard;
    private final Exports exports;

    EqualityReportController(EqualityMonitoring equality, Dashboard dashboard, Exports exports) {
        this.equality = equality;
        this.dashboard = dashboard;
        this.exports = exports;
    }

    /** The comparison for the period (by default the current reporting year). */
    @GetMapping
    EqualityReport report(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return equality.report(ReportingPeriod.of(from, to, dashboard.today()));
    }

    /** The comparison as a file, a row per group. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return ReportController.file(
                exports.equality(equality.report(ReportingPeriod.of(from, to, dashboard.today())), format));
    }

    /** The tenant profile of a reporting year such as 2024-25 (empty counts when none is entered). */
    @GetMapping("/population/{reportingYear}")
    PopulationView population(@PathVariable String reportingYear) {
        return PopulationView.of(equality.population(year(reportingYear)));
    }

    /** Replaces the tenant profile of a reporting year: counts of tenants per group of each characteristic. */
    @PutMapping("/population/{reportingYear}")
    @PreAuthorize("hasRole('MANAGER')")
    PopulationView recordPopulation(
            @PathVariable String reportingYear, @Valid @RequestBody PopulationBody body, Principal principal) {
        return PopulationView.of(equality.recordPopulation(year(reportingYear), body.counts(), principal.getName()));
    }

    private static ReportingYear year(String text) {
        ReportingYear year = text.length() > 7 ? null : ReportingYear.parse(text);
        if (year == null) {
            throw new InvalidInput("reportingYear", "a reporting year looks like 2024-25");
        }
        return year;
    }

    /**
     * For each characteristic with figures (AGE_BAND, SEX, DISABILITY, ETHNIC_GROUP), the number of
     * tenants in each group, by the group's code (as listed by the resident equality answers).
     */
    record PopulationBody(
            @NotNull @Size(max = 10) Map<EqualityCharacteristic, @NotNull @Size(max = 20) Map<String, Long>> counts) {}

    record PopulationView(
            String reportingYear,
            Map<EqualityCharacteristic, Map<String, Long>> counts,
            @Nullable Instant recordedAt,
            @Nullable String recordedBy) {

        static PopulationView of(TenantPopulation population) {
            return new PopulationView(
                    population.year().toString(),
                    population.counts(),
                    population.recordedAt(),
                    population.recordedBy());
        }
    }
}
