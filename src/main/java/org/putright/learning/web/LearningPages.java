package org.putright.learning.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.learning.Lesson;
import org.putright.learning.LessonDetails;
import org.putright.learning.LessonStatus;
import org.putright.learning.Lessons;
import org.putright.system.problem.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page of lessons and service improvements (9.1-9.3), and the public "you said, we did"
 * list of improvements made, which shows what residents said and what changed, and nothing about
 * who complained.
 */
@Controller
class LearningPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Lessons lessons;

    LearningPages(Lessons lessons) {
        this.lessons = lessons;
    }

    @GetMapping("/you-said-we-did")
    String youSaidWeDid(Model model) {
        model.addAttribute(
                "improvements",
                lessons.improvementsMade().stream()
                        .map(lesson -> new Improvement(
                                lesson.youSaid(),
                                lesson.improvement(),
                                lesson.category(),
                                DAY.format(java.util.Objects.requireNonNull(lesson.madeOn()))))
                        .toList());
        return "learning/you-said-we-did";
    }

    @GetMapping("/staff/learning")
    @PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
    String staffPage(Model model) {
        model.addAttribute("lessons", lessons.list(null));
        model.addAttribute("statuses", LessonStatus.values());
        model.addAttribute("errors", List.of());
        return "learning/lessons";
    }

    @PostMapping("/staff/learning")
    @PreAuthorize("hasRole('MANAGER')")
    String record(
            @RequestParam String lesson,
            @RequestParam String youSaid,
            @RequestParam String improvement,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam String owner,
            @RequestParam LessonStatus status,
            @RequestParam(required = false) @Nullable String madeOn,
            @RequestParam(required = false) @Nullable String complaints,
            Principal principal,
            Model model) {
        try {
            lessons.record(
                    new LessonDetails(
                            lesson, youSaid, improvement, category, owner, status, day(madeOn), references(complaints)),
                    principal.getName());
        } catch (InvalidInput invalid) {
            model.addAttribute("lessons", lessons.list(null));
            model.addAttribute("statuses", LessonStatus.values());
            model.addAttribute("errors", invalid.errors());
            return "learning/lessons";
        }
        return "redirect:/staff/learning";
    }

    @PostMapping("/staff/learning/{id}/status")
    @PreAuthorize("hasRole('MANAGER')")
    String changeStatus(
            @PathVariable UUID id,
            @RequestParam LessonStatus status,
            @RequestParam(required = false) @Nullable String madeOn,
            Principal principal,
            Model model) {
        Lesson current = lessons.get(id);
        try {
            lessons.change(
                    id,
                    new LessonDetails(
                            current.lesson(),
                            current.youSaid(),
                            current.improvement(),
                            current.category(),
                            current.owner(),
                            status,
                            status == LessonStatus.DONE ? day(madeOn) : null,
                            current.complaints()),
                    current.version(),
                    principal.getName());
        } catch (InvalidInput invalid) {
            model.addAttribute("lessons", lessons.list(null));
            model.addAttribute("statuses", LessonStatus.values());
            model.addAttribute("errors", invalid.errors());
            return "learning/lessons";
        }
        return "redirect:/staff/learning";
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("madeOn", "must be a date like 2025-03-31");
        }
    }

    private static List<String> references(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** One improvement as residents see it. */
    record Improvement(
            String youSaid, String weDid, @Nullable String category, String madeOn) {}
}
