package org.putright.migration.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.migration.ImportJob;
import org.putright.migration.ImportJobPage;
import org.putright.migration.ImportJobs;
import org.putright.migration.RowProblem;
import org.putright.migration.RowProblemPage;
import org.putright.system.problem.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of historic complaints for administrators: a file sent as a form upload, or as the body
 * itself for files larger than a form upload may be, is checked and imported in the background;
 * the answer is 202 with where to follow it.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasRole('ADMIN')")
class ImportController {

    private final ImportJobs imports;

    ImportController(ImportJobs imports) {
        this.imports = imports;
    }

    /** Starts importing the uploaded {@code file} (CSV, or gzip-compressed CSV). */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "skipBadRows", defaultValue = "false") boolean skipBadRows,
            Principal principal)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "is missing or empty: send the CSV file of complaints as the part 'file'");
        }
        String name = file.getOriginalFilename();
        ImportJob job =
                imports.start(name == null ? "" : name, file.getInputStream(), skipBadRows, principal.getName());
        return accepted(job);
    }

    /** Starts importing the request's body, a CSV file (or gzip-compressed CSV) of any size up to the limit. */
    @PostMapping(consumes = {"text/csv", "application/gzip"})
    ResponseEntity<ImportView> stream(
            HttpServletRequest request,
            @RequestParam(name = "filename", defaultValue = "complaints.csv") String filename,
            @RequestParam(name = "skipBadRows", defaultValue = "false") boolean skipBadRows,
            Principal principal)
            throws IOException {
        ImportJob job = imports.start(filename, request.getInputStream(), skipBadRows, principal.getName());
        return accepted(job);
    }

    /** Imports, newest first. */
    @GetMapping
    ImportPageView list(
            @RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
        ImportJobPage found = imports.page(page, size);
        return new ImportPageView(
                found.items().stream().map(ImportView::of).toList(), found.page(), found.size(), found.total());
    }

    /** Where an import has got to, or how it ended. */
    @GetMapping("/{id}")
    ImportView get(@PathVariable UUID id) {
        return ImportView.of(imports.get(id));
    }

    /** Every bad row the import found, by line, a page at a time. */
    @GetMapping("/{id}/problems")
    ProblemPageView problems(
            @PathVariable UUID id,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(name = "size", defaultValue = "100") @Min(1) @Max(1000) int size) {
        RowProblemPage found = imports.problems(id, page, size);
        return new ProblemPageView(found.items(), found.page(), found.size(), found.total());
    }

    private static ResponseEntity<ImportView> accepted(ImportJob job) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + job.id()))
                .body(ImportView.of(job));
    }

    record ImportPageView(List<ImportView> items, int page, int size, long total) {}

    record ProblemPageView(List<RowProblem> items, int page, int size, long total) {}

    /**
     * @param percentDone 0 to 100 while importing; null while checking (the number of rows is not
     *     known until the whole file has been read) and for an import that did not finish
     */
    record ImportView(
            UUID id,
            String fileName,
            boolean skipBadRows,
            ImportJob.Status status,
            String statusDescription,
            boolean finished,
            @Nullable Integer percentDone,
            long rowsChecked,
            @Nullable Long rowsInFile,
            long rowsDone,
            @Nullable Long rowsToImport,
            long imported,
            long alreadyImported,
            long skipped,
            long problems,
            @Nullable String failure,
            String requestedBy,
            Instant requestedAt,
            Instant updatedAt,
            @Nullable Instant finishedAt,
            String href,
            String problemsHref) {

        static ImportView of(ImportJob job) {
            String href = "/api/v1/imports/" + job.id();
            return new ImportView(
                    job.id(),
                    job.fileName(),
                    job.skipBadRows(),
                    job.status(),
                    job.status().description(),
                    job.finished(),
                    job.percentDone(),
                    job.rowsChecked(),
                    job.rowsInFile(),
                    job.rowsDone(),
                    job.rowsToImport(),
                    job.imported(),
                    job.alreadyImported(),
                    job.skipped(),
                    job.problemCount(),
                    job.failure(),
                    job.requestedBy(),
                    job.requestedAt(),
                    job.updatedAt(),
                    job.finishedAt(),
                    href,
                    href + "/problems");
        }
    }
}
