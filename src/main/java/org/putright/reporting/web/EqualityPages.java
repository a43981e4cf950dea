package org.putright.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.reporting.Dashboard;
import org.putright.reporting.EqualityComparison;
import org.putright.reporting.EqualityMonitoring;
import org.putright.reporting.ExportFile;
import org.putright.reporting.ExportFormat;
import org.putright.reporting.Exports;
import org.putright.reporting.ReportingPeriod;
import org.putright.reporting.TenantPopulation;
import org.putright.resident.EqualityCharacteristic;
import org.putright.settings.ReportingYear;
import org.putright.system.problem.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The equality monitoring pages (3.1, 3.3): complainants compared with the tenants, a table per
 * characteristic readable without script, with its download; and the tenant profile of a reporting
 * year as a form managers fill in.
 */
@Controller
@RequestMapping("/staff/reports/equality")
@PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
class EqualityPages {

    private final EqualityMonitoring equality;
    private final Dashboard dashboard;
    private final Exports exports;

    EqualityPages(EqualityMonitoring equality, Dashboard dashboard, Exports exports) {
        this.equality = equality;
        this.dashboard = dashboard;
        this.exports = exports;
    }

    @GetMapping
    String report(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            Model model) {
        model.addAttribute("report", equality.report(ReportingPeriod.of(from, to, dashboard.today())));
        model.addAttribute("suppressBelow", EqualityComparison.SUPPRESS_BELOW);
        model.addAttribute("minAnswered", EqualityComparison.MIN_ANSWERED);
        return "reports/equality";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        ExportFile file = exports.equality(equality.report(ReportingPeriod.of(from, to, dashboard.today())), format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    @GetMapping("/population")
    String population(@RequestParam(required = false) @Nullable String year, Model model) {
        ReportingYear reportingYear = yearOr(year);
        TenantPopulation population = equality.population(reportingYear);
        Map<String, String> values = new HashMap<>();
        population
                .counts()
                .forEach((characteristic, groups) -> groups.forEach(
                        (group, people) -> values.put(field(characteristic, group), String.valueOf(people))));
        return showPopulation(reportingYear, population, values, Map.of(), model);
    }

    @PostMapping("/population")
    @PreAuthorize("hasRole('MANAGER')")
    String recordPopulation(
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ReportingYear reportingYear = yearOr(submitted.get("year"));
        Map<EqualityCharacteristic, Map<String, Long>> counts = new EnumMap<>(EqualityCharacteristic.class);
        Map<String, String> errors = new LinkedHashMap<>();
        for (EqualityCharacteristic characteristic : EqualityCharacteristic.values()) {
            for (EqualityCharacteristic.Group group : characteristic.groups()) {
                String name = field(characteristic, group.code());
                String text = submitted.getOrDefault(name, "").strip().replace(",", "");
                if (text.isEmpty()) {
                    continue;
                }
                if (!text.matches("\\d{1,8}") || Long.parseLong(text) > TenantPopulation.MAX_COUNT) {
                    errors.put(
                            name,
                            "Enter the number of tenants who are "
                                    + characteristic.label().toLowerCase(java.util.Locale.UK) + " " + group.label()
                                    + " as a whole number, like 120");
                    continue;
                }
                counts.computeIfAbsent(characteristic, key -> new HashMap<>()).put(group.code(), Long.parseLong(text));
            }
        }
        if (errors.isEmpty()) {
            try {
                equality.recordPopulation(reportingYear, counts, principal.getName());
                redirect.addFlashAttribute("done", "The tenant profile for " + reportingYear + " is saved.");
                return "redirect:/staff/reports/equality/population?year=" + reportingYear;
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> errors.put("year", error.field() + " " + error.message()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        Map<String, String> values = new HashMap<>(submitted);
        values.replaceAll((name, value) -> value.replace("\0", ""));
        return showPopulation(reportingYear, equality.population(reportingYear), values, errors, model);
    }

    private String showPopulation(
            ReportingYear year,
            TenantPopulation saved,
            Map<String, String> values,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("year", year.toString());
        model.addAttribute("saved", saved);
        model.addAttribute("values", values);
        model.addAttribute("errors", new ArrayList<>(errors.entrySet()));
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("characteristics", List.of(EqualityCharacteristic.values()));
        return "reports/equality-population";
    }

    /** The form field of a group: e.g. AGE_BAND-AGE_16_TO_24. */
    static String field(EqualityCharacteristic characteristic, String group) {
        return characteristic.name() + "-" + group;
    }

    private ReportingYear yearOr(@Nullable String text) {
        ReportingYear year = text == null || text.length() > 7 ? null : ReportingYear.parse(text.strip());
        return year == null ? ReportingYear.containing(dashboard.today()) : year;
    }
}
