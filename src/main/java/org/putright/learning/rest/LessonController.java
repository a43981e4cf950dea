package org.putright.learning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.learning.Lesson;
import org.putright.learning.LessonDetails;
import org.putright.learning.LessonStatus;
import org.putright.learning.Lessons;
import org.putright.system.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lessons learned and service improvements (9.1-9.3): managers record and change them; the
 * governing body reads them. Changes take an optional {@code If-Match} version.
 */
@RestController
@RequestMapping("/api/v1/lessons")
class LessonController {

    private static final String READ = "hasRole('MANAGER') or hasRole('GOVERNANCE')";
    private static final String WRITE = "hasRole('MANAGER')";
    private static final String TEXT = "[^\\x00]*";
    private static final String TEXT_MESSAGE = "must not contain NUL characters";

    private final Lessons lessons;

    LessonController(Lessons lessons) {
        this.lessons = lessons;
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<LessonView> record(@Valid @RequestBody LessonBody body, Principal principal) {
        Lesson lesson = lessons.record(body.details(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/lessons/" + lesson.id()))
                .eTag(String.valueOf(lesson.version()))
                .body(LessonView.of(lesson));
    }

    @GetMapping
    @PreAuthorize(READ)
    List<LessonView> list(@RequestParam(required = false) @Nullable LessonStatus status) {
        return lessons.list(status).stream().map(LessonView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    ResponseEntity<LessonView> get(@PathVariable UUID id) {
        return respond(lessons.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    ResponseEntity<LessonView> change(
            @PathVariable UUID id,
            @Valid @RequestBody LessonBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(lessons.change(id, body.details(), IfMatch.version(ifMatch), principal.getName()));
    }

    private static ResponseEntity<LessonView> respond(Lesson lesson) {
        return ResponseEntity.ok().eTag(String.valueOf(lesson.version())).body(LessonView.of(lesson));
    }

    /**
     * A lesson as staff write it.
     *
     * @param youSaid what residents told us, for the public list: no personal data
     * @param complaints the references of the complaints it was learned from
     */
    record LessonBody(
            @NotBlank @Size(max = Lesson.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String lesson,

            @NotBlank @Size(max = Lesson.MAX_YOU_SAID) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String youSaid,

            @NotBlank @Size(max = Lesson.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String improvement,

            @Nullable @Size(max = Lesson.MAX_CATEGORY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String category,

            @NotBlank @Size(max = 64) String owner,
            @NotNull LessonStatus status,
            @Nullable LocalDate madeOn,
            @Nullable @Size(max = Lesson.MAX_COMPLAINTS) List<@NotBlank @Size(max = 40) String> complaints) {

        LessonDetails details() {
            return new LessonDetails(
                    lesson,
                    youSaid,
                    improvement,
                    category,
                    owner,
                    status,
                    madeOn,
                    complaints == null ? List.of() : complaints);
        }
    }

    record LessonView(
            UUID id,
            long version,
            String lesson,
            String youSaid,
            String improvement,
            @Nullable String category,
            String owner,
            LessonStatus status,
            @Nullable LocalDate madeOn,
            List<String> complaints,
            Instant recordedAt,
            String recordedBy) {

        static LessonView of(Lesson lesson) {
            return new LessonView(
                    lesson.id(),
                    lesson.version(),
                    lesson.lesson(),
                    lesson.youSaid(),
                    lesson.improvement(),
                    lesson.category(),
                    lesson.owner(),
                    lesson.status(),
                    lesson.madeOn(),
                    lesson.complaints(),
                    lesson.recordedAt(),
                    lesson.recordedBy());
        }
    }
}
