package org.putright.migration.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.migration.ImportJob;
import org.putright.migration.ImportJobPage;
import org.putright.migration.ImportJobs;
import org.putright.migration.ImportLayout;
import org.putright.migration.RowProblem;
import org.putright.migration.RowProblemPage;
import org.putright.system.document.CsvField;
import org.putright.system.problem.Conflict;
import org.putright.system.problem.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' pages for importing historic complaints: upload a file, follow its import
 * (the page says how far it has got each time it is loaded; with JavaScript it also refreshes
 * itself), and read or download every bad row it found.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportPages {

    private static final int IMPORTS_PER_PAGE = 20;
    private static final int PROBLEMS_PER_PAGE = 100;
    private static final int DOWNLOAD_BATCH = 1_000;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final ImportJobs imports;

    ImportPages(ImportJobs imports) {
        this.imports = imports;
    }

    @GetMapping("/staff/admin/imports")
    String list(@RequestParam(name = "page", defaultValue = "0") String page, Model model) {
        return show(pageNumber(page), null, model);
    }

    @PostMapping("/staff/admin/imports")
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "skipBadRows", defaultValue = "false") String skipBadRows,
            Principal principal,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refused("Choose a CSV file of complaints to import", response, model);
        }
        String name = file.getOriginalFilename();
        try {
            ImportJob job = imports.start(
                    name == null ? "" : name, file.getInputStream(), "true".equals(skipBadRows), principal.getName());
            return "redirect:/staff/admin/imports/" + job.id();
        } catch (InvalidInput invalid) {
            return refused("The file " + invalid.errors().getFirst().message(), response, model);
        } catch (Conflict busy) {
            return refused(busy.detail(), response, model);
        }
    }

    /** The form again with what to correct; not a success, so nothing is audited as started. */
    private String refused(String error, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(0, error, model);
    }

    @GetMapping("/staff/admin/imports/{id}")
    String job(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") String page, Model model) {
        ImportJob job = imports.get(id);
        int number = pageNumber(page);
        RowProblemPage problems = imports.problems(id, number, PROBLEMS_PER_PAGE);
        model.addAttribute("job", job);
        model.addAttribute("tag", tag(job.status()));
        model.addAttribute("progress", progress(job));
        model.addAttribute("requestedAt", when(job.requestedAt()));
        model.addAttribute("finishedAt", job.finishedAt() == null ? "" : when(job.finishedAt()));
        model.addAttribute("problems", problems.items());
        model.addAttribute("page", number);
        model.addAttribute("firstProblem", (long) number * PROBLEMS_PER_PAGE + 1);
        model.addAttribute("hasNext", (long) (number + 1) * PROBLEMS_PER_PAGE < problems.total());
        return "migration/import";
    }

    /** Every bad row as a CSV file, to correct the import file by. */
    @GetMapping("/staff/admin/imports/{id}/problems.csv")
    void download(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.get(id);
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("import-" + id + "-bad-rows.csv", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        PrintWriter out = response.getWriter();
        out.print("line,reason\r\n");
        for (int page = 0; ; page++) {
            RowProblemPage problems = imports.problems(id, page, DOWNLOAD_BATCH);
            for (RowProblem problem : problems.items()) {
                out.print(problem.line() + "," + CsvField.of(problem.reason()) + "\r\n");
            }
            if ((long) (page + 1) * DOWNLOAD_BATCH >= problems.total()) {
                break;
            }
        }
        out.flush();
    }

    private String show(int page, @Nullable String error, Model model) {
        ImportJobPage found = imports.page(page, IMPORTS_PER_PAGE);
        model.addAttribute(
                "imports",
                found.items().stream()
                        .map(job -> new Row(job, when(job.requestedAt()), tag(job.status())))
                        .toList());
        model.addAttribute("error", error);
        model.addAttribute("columns", ImportLayout.COLUMNS);
        model.addAttribute("required", ImportLayout.REQUIRED);
        model.addAttribute("maximumMegabytes", imports.maximumBytes() / (1024 * 1024));
        model.addAttribute("page", page);
        model.addAttribute("hasNext", (long) (page + 1) * IMPORTS_PER_PAGE < found.total());
        return "migration/imports";
    }

    /** The progress line under the bar, in words. */
    static String progress(ImportJob job) {
        return switch (job.status()) {
            case QUEUED -> "Waiting for the import before it to finish.";
            case CHECKING -> String.format(Locale.UK, "%,d rows checked so far.", job.rowsChecked());
            case IMPORTING ->
                String.format(
                        Locale.UK,
                        "%,d of %,d good rows imported (%d%%).",
                        job.rowsDone(),
                        job.rowsToImport() == null ? 0 : job.rowsToImport(),
                        job.percentDone() == null ? 0 : job.percentDone());
            case IMPORTED, REJECTED, FAILED, INTERRUPTED -> "";
        };
    }

    private static String tag(ImportJob.Status status) {
        return switch (status) {
            case QUEUED -> "govuk-tag--grey";
            case CHECKING, IMPORTING -> "govuk-tag--blue";
            case IMPORTED -> "govuk-tag--green";
            case REJECTED, INTERRUPTED -> "govuk-tag--orange";
            case FAILED -> "govuk-tag--red";
        };
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(LONDON));
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An import as the list shows it. */
    record Row(ImportJob job, String when, String tag) {}
}
