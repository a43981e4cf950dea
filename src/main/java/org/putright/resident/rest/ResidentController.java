package org.putright.resident.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.resident.Residents;
import org.putright.resident.rest.ResidentViews.DueReviewView;
import org.putright.resident.rest.ResidentViews.PageView;
import org.putright.resident.rest.ResidentViews.ResidentView;
import org.putright.system.web.IfMatch;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Residents: add, find, read and change their details; list what is due for review (5.10, 5.14). */
@RestController
@RequestMapping("/api/v1/residents")
class ResidentController {

    /** Text fields may hold anything people type except NUL, which PostgreSQL cannot store. */
    static final String TEXT = "[^\\x00]*";

    static final String TEXT_MESSAGE = "must not contain NUL characters";

    private final Residents residents;

    ResidentController(Residents residents) {
        this.residents = residents;
    }

    @PostMapping
    @PreAuthorize("hasRole('HANDLER')")
    ResponseEntity<ResidentView> create(@Valid @RequestBody ResidentBody body, Principal principal) {
        Resident created = residents.create(body.details(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/residents/" + created.id()))
                .eTag(String.valueOf(created.version()))
                .body(ResidentView.of(created, residents.today()));
    }

    @GetMapping
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    PageView search(
            @RequestParam(required = false) @Nullable @Size(max = Residents.MAX_SEARCH_TEXT) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Residents.MAX_PAGE_SIZE) int size) {
        return PageView.of(residents.search(q, page, size));
    }

    /** Adjustments, disabilities, flags and restrictions whose review date is on or before {@code on} (default today). */
    @GetMapping("/due-for-review")
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    List<DueReviewView> dueForReview(
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return residents.dueForReview(on == null ? residents.today() : on).stream()
                .map(DueReviewView::of)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    ResponseEntity<ResidentView> get(@PathVariable UUID id) {
        return respond(residents.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('HANDLER')")
    ResponseEntity<ResidentView> change(
            @PathVariable UUID id,
            @Valid @RequestBody ResidentBody body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return respond(residents.change(id, body.details(), IfMatch.version(ifMatch), principal.getName()));
    }

    private ResponseEntity<ResidentView> respond(Resident resident) {
        return ResponseEntity.ok()
                .eTag(String.valueOf(resident.version()))
                .body(ResidentView.of(resident, residents.today()));
    }

    /** A resident's details: the whole of them, on creation and on change alike. */
    record ResidentBody(
            @NotBlank @Size(max = ResidentDetails.MAX_NAME) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String name,

            @Nullable @Email @Size(max = ResidentDetails.MAX_EMAIL)
            String email,

            @Nullable
            @Size(max = ResidentDetails.MAX_PHONE)
            @Pattern(regexp = "[0-9+()#*.\\- ]*(ext\\.? ?[0-9]+)?", message = "must be a phone number")
            String phone,

            @Nullable @Size(max = ResidentDetails.MAX_ADDRESS) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String address,

            @Nullable
            @Size(max = ResidentDetails.MAX_POSTCODE)
            @Pattern(regexp = "[A-Za-z0-9 ]*", message = "must be a postcode such as SW1A 1AA")
            String postcode,

            @Nullable @Size(max = ResidentDetails.MAX_TENANCY_REFERENCE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String tenancyReference,

            @Nullable ContactChannel preferredChannel,
            @Nullable CommunicationFormat preferredFormat,

            @Nullable @Size(max = ResidentDetails.MAX_LANGUAGE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String formatLanguage) {

        ResidentDetails details() {
            return new ResidentDetails(
                    name,
                    email,
                    phone,
                    address,
                    postcode,
                    tenancyReference,
                    preferredChannel,
                    preferredFormat,
                    formatLanguage);
        }
    }
}
