package org.putright.letter.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.putright.letter.LetterContent;
import org.putright.letter.LetterItem;
import org.putright.letter.LetterTemplate;
import org.putright.letter.LetterTemplates;
import org.putright.letter.LetterType;
import org.putright.letter.ReadingAge;
import org.putright.system.problem.NotFound;
import org.putright.system.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET/PUT/DELETE /api/v1/letter-templates/{type}}: the landlord's words for each letter.
 * Administrators change them; a template that drops a required item is refused (422) naming the
 * item. DELETE goes back to the shipped default. Each template shows the items it must place,
 * the provision behind each, and the reading age of its own words.
 */
@RestController
@RequestMapping("/api/v1/letter-templates")
@PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
class LetterTemplateController {

    private final LetterTemplates templates;

    LetterTemplateController(LetterTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    List<TemplateView> all() {
        return Arrays.stream(LetterType.values())
                .map(type -> view(templates.current(type)))
                .toList();
    }

    @GetMapping("/{type}")
    ResponseEntity<TemplateView> get(@PathVariable String type) {
        return respond(templates.current(type(type)));
    }

    @PutMapping("/{type}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TemplateView> change(
            @PathVariable String type,
            @Valid @RequestBody ChangeBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(templates.change(type(type), body.text(), IfMatch.version(ifMatch), principal.getName()));
    }

    @DeleteMapping("/{type}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<TemplateView> reset(
            @PathVariable String type, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
        return respond(templates.reset(type(type), IfMatch.version(ifMatch)));
    }

    private ResponseEntity<TemplateView> respond(LetterTemplate template) {
        return ResponseEntity.ok().eTag(String.valueOf(template.version())).body(view(template));
    }

    private TemplateView view(LetterTemplate template) {
        LetterType type = template.type();
        ReadingAge age = LetterTemplates.readingAge(template);
        return new TemplateView(
                type.name(),
                template.text(),
                template.customised(),
                template.version(),
                template.updatedAt(),
                template.updatedBy(),
                type.requirements().stream()
                        .map(requirement -> new ItemView(
                                requirement.item().placeholder(),
                                requirement.label(),
                                requirement.item().description(),
                                requirement.rule().provisionAt(1).toString()
                                        + (requirement.rule().provisions().size() > 1
                                                ? ", " + requirement.rule().provisionAt(2)
                                                : "")))
                        .toList(),
                type.items().stream()
                        .filter(item -> type.requirement(item).isEmpty())
                        .map(LetterItem::placeholder)
                        .toList(),
                Arrays.stream(LetterContent.Text.values())
                        .map(LetterContent.Text::placeholder)
                        .toList(),
                Arrays.stream(LetterContent.Condition.values())
                        .map(LetterContent.Condition::placeholder)
                        .toList(),
                BigDecimal.valueOf(age.years()).setScale(1, RoundingMode.HALF_UP));
    }

    private static LetterType type(String name) {
        return Arrays.stream(LetterType.values())
                .filter(type -> type.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFound("Letter template", name));
    }

    record ChangeBody(@NotNull String text) {}

    record ItemView(String placeholder, @Nullable String label, String description, String provision) {}

    record TemplateView(
            String type,
            String text,
            boolean customised,
            long version,
            @Nullable Instant updatedAt,
            @Nullable String updatedBy,
            List<ItemView> requiredItems,
            List<String> optionalItems,
            List<String> texts,
            List<String> conditions,
            BigDecimal readingAge) {}
}
