package org.putright.resident.rest;

import static org.putright.resident.rest.ResidentController.TEXT;
import static org.putright.resident.rest.ResidentController.TEXT_MESSAGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.ContactRestriction;
import org.putright.resident.DisclosedDisability;
import org.putright.resident.KeptUnderReview;
import org.putright.resident.NewAdjustment;
import org.putright.resident.NewDisability;
import org.putright.resident.NewRestriction;
import org.putright.resident.NewVulnerability;
import org.putright.resident.ReasonableAdjustment;
import org.putright.resident.Representative;
import org.putright.resident.RepresentativeDetails;
import org.putright.resident.ResidentDetails;
import org.putright.resident.Residents;
import org.putright.resident.ReviewDetails;
import org.putright.resident.ReviewOutcome;
import org.putright.resident.ReviewSubject;
import org.putright.resident.VulnerabilityFlag;
import org.putright.resident.VulnerabilityKind;
import org.putright.resident.rest.ResidentViews.AdjustmentView;
import org.putright.resident.rest.ResidentViews.DisabilityView;
import org.putright.resident.rest.ResidentViews.RepresentativeView;
import org.putright.resident.rest.ResidentViews.RestrictionView;
import org.putright.resident.rest.ResidentViews.VulnerabilityView;
import org.putright.system.problem.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the landlord records about a resident: reasonable adjustments and disclosed disabilities
 * (5.10), vulnerability flags, contact restrictions (5.14) and representatives (3.6). Each is added,
 * never edited; adjustments, disabilities, flags and restrictions are continued or ended by a
 * review. Adding one answers 201 with the new record; a review answers 200 with the record as it
 * now stands.
 */
@RestController
@RequestMapping("/api/v1/residents/{residentId}")
class ResidentRecordsController {

    private static final String READ = "hasRole('HANDLER') or hasRole('GOVERNANCE')";
    private static final String WRITE = "hasRole('HANDLER')";

    private final Residents residents;

    ResidentRecordsController(Residents residents) {
        this.residents = residents;
    }

    static String path(UUID residentId, ReviewSubject subject, UUID recordId) {
        String collection =
                switch (subject) {
                    case ADJUSTMENT -> "adjustments";
                    case DISABILITY -> "disabilities";
                    case VULNERABILITY -> "vulnerabilities";
                    case RESTRICTION -> "restrictions";
                };
        return "/api/v1/residents/" + residentId + "/" + collection + "/" + recordId;
    }

    @PostMapping("/adjustments")
    @PreAuthorize(WRITE)
    ResponseEntity<AdjustmentView> agreeAdjustment(
            @PathVariable UUID residentId, @Valid @RequestBody AdjustmentBody body, Principal principal) {
        ReasonableAdjustment agreed = residents.agreeAdjustment(
                residentId, new NewAdjustment(body.description(), body.agreedAt(), body.reviewOn()), by(principal));
        return ResponseEntity.created(location(residentId, ReviewSubject.ADJUSTMENT, agreed.id()))
                .body(AdjustmentView.of(agreed, residents.today()));
    }

    @GetMapping("/adjustments/{recordId}")
    @PreAuthorize(READ)
    AdjustmentView adjustment(@PathVariable UUID residentId, @PathVariable UUID recordId) {
        return AdjustmentView.of(
                record(residentId, ReviewSubject.ADJUSTMENT, recordId, ReasonableAdjustment.class), residents.today());
    }

    @PostMapping("/adjustments/{recordId}/review")
    @PreAuthorize(WRITE)
    AdjustmentView reviewAdjustment(
            @PathVariable UUID residentId,
            @PathVariable UUID recordId,
            @Valid @RequestBody ReviewBody body,
            Principal principal) {
        return AdjustmentView.of(
                review(residentId, ReviewSubject.ADJUSTMENT, recordId, body, principal, ReasonableAdjustment.class),
                residents.today());
    }

    @PostMapping("/disabilities")
    @PreAuthorize(WRITE)
    ResponseEntity<DisabilityView> recordDisability(
            @PathVariable UUID residentId, @Valid @RequestBody DisabilityBody body, Principal principal) {
        DisclosedDisability recorded = residents.recordDisability(
                residentId, new NewDisability(body.description(), body.disclosedAt(), body.reviewOn()), by(principal));
        return ResponseEntity.created(location(residentId, ReviewSubject.DISABILITY, recorded.id()))
                .body(DisabilityView.of(recorded, residents.today()));
    }

    @GetMapping("/disabilities/{recordId}")
    @PreAuthorize(READ)
    DisabilityView disability(@PathVariable UUID residentId, @PathVariable UUID recordId) {
        return DisabilityView.of(
                record(residentId, ReviewSubject.DISABILITY, recordId, DisclosedDisability.class), residents.today());
    }

    @PostMapping("/disabilities/{recordId}/review")
    @PreAuthorize(WRITE)
    DisabilityView reviewDisability(
            @PathVariable UUID residentId,
            @PathVariable UUID recordId,
            @Valid @RequestBody ReviewBody body,
            Principal principal) {
        return DisabilityView.of(
                review(residentId, ReviewSubject.DISABILITY, recordId, body, principal, DisclosedDisability.class),
                residents.today());
    }

    @PostMapping("/vulnerabilities")
    @PreAuthorize(WRITE)
    ResponseEntity<VulnerabilityView> flagVulnerability(
            @PathVariable UUID residentId, @Valid @RequestBody VulnerabilityBody body, Principal principal) {
        VulnerabilityFlag flag = residents.flagVulnerability(
                residentId,
                new NewVulnerability(body.kind(), body.note(), body.identifiedAt(), body.reviewOn()),
                by(principal));
        return ResponseEntity.created(location(residentId, ReviewSubject.VULNERABILITY, flag.id()))
                .body(VulnerabilityView.of(flag, residents.today()));
    }

    @GetMapping("/vulnerabilities/{recordId}")
    @PreAuthorize(READ)
    VulnerabilityView vulnerability(@PathVariable UUID residentId, @PathVariable UUID recordId) {
        return VulnerabilityView.of(
                record(residentId, ReviewSubject.VULNERABILITY, recordId, VulnerabilityFlag.class), residents.today());
    }

    @PostMapping("/vulnerabilities/{recordId}/review")
    @PreAuthorize(WRITE)
    VulnerabilityView reviewVulnerability(
            @PathVariable UUID residentId,
            @PathVariable UUID recordId,
            @Valid @RequestBody ReviewBody body,
            Principal principal) {
        return VulnerabilityView.of(
                review(residentId, ReviewSubject.VULNERABILITY, recordId, body, principal, VulnerabilityFlag.class),
                residents.today());
    }

    @PostMapping("/restrictions")
    @PreAuthorize(WRITE)
    ResponseEntity<RestrictionView> restrictContact(
            @PathVariable UUID residentId, @Valid @RequestBody RestrictionBody body, Principal principal) {
        ContactRestriction imposed = residents.restrictContact(
                residentId,
                new NewRestriction(
                        body.reason(),
                        body.evidence(),
                        body.scope(),
                        body.equalityConsiderations(),
                        body.startsOn(),
                        body.reviewOn()),
                by(principal));
        return ResponseEntity.created(location(residentId, ReviewSubject.RESTRICTION, imposed.id()))
                .body(RestrictionView.of(imposed, residents.today()));
    }

    @GetMapping("/restrictions/{recordId}")
    @PreAuthorize(READ)
    RestrictionView restriction(@PathVariable UUID residentId, @PathVariable UUID recordId) {
        return RestrictionView.of(
                record(residentId, ReviewSubject.RESTRICTION, recordId, ContactRestriction.class), residents.today());
    }

    @PostMapping("/restrictions/{recordId}/review")
    @PreAuthorize(WRITE)
    RestrictionView reviewRestriction(
            @PathVariable UUID residentId,
            @PathVariable UUID recordId,
            @Valid @RequestBody ReviewBody body,
            Principal principal) {
        return RestrictionView.of(
                review(residentId, ReviewSubject.RESTRICTION, recordId, body, principal, ContactRestriction.class),
                residents.today());
    }

    @PostMapping("/representatives")
    @PreAuthorize(WRITE)
    ResponseEntity<RepresentativeView> appointRepresentative(
            @PathVariable UUID residentId, @Valid @RequestBody RepresentativeBody body, Principal principal) {
        Representative appointed = residents.appointRepresentative(residentId, body.details(), by(principal));
        return ResponseEntity.created(
                        URI.create("/api/v1/residents/" + residentId + "/representatives/" + appointed.id()))
                .body(RepresentativeView.of(appointed, residents.today()));
    }

    @GetMapping("/representatives/{representativeId}")
    @PreAuthorize(READ)
    RepresentativeView representative(@PathVariable UUID residentId, @PathVariable UUID representativeId) {
        return residents
                .get(residentId)
                .representative(representativeId)
                .map(r -> RepresentativeView.of(r, residents.today()))
                .orElseThrow(() -> new NotFound("Representative", representativeId.toString()));
    }

    private <T extends KeptUnderReview> T record(UUID residentId, ReviewSubject subject, UUID recordId, Class<T> type) {
        return type.cast(residents.keptUnderReview(residentId, subject, recordId));
    }

    private <T extends KeptUnderReview> T review(
            UUID residentId,
            ReviewSubject subject,
            UUID recordId,
            ReviewBody body,
            Principal principal,
            Class<T> type) {
        return type.cast(residents.review(
                residentId,
                subject,
                recordId,
                new ReviewDetails(body.reviewedAt(), body.outcome(), body.note(), body.nextReviewOn()),
                by(principal)));
    }

    private static URI location(UUID residentId, ReviewSubject subject, UUID recordId) {
        return URI.create(path(residentId, subject, recordId));
    }

    private static String by(Principal principal) {
        return principal.getName();
    }

    /** The review date is left to the service, which refuses its absence as a rule of the Code (5.10). */
    record AdjustmentBody(
            @NotBlank @Size(max = ReasonableAdjustment.MAX_DESCRIPTION) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String description,

            @Nullable Instant agreedAt,
            @Nullable LocalDate reviewOn) {}

    record DisabilityBody(
            @NotBlank @Size(max = DisclosedDisability.MAX_DESCRIPTION) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String description,

            @Nullable Instant disclosedAt,
            @NotNull LocalDate reviewOn) {}

    record VulnerabilityBody(
            @NotNull VulnerabilityKind kind,

            @NotBlank @Size(max = VulnerabilityFlag.MAX_NOTE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String note,

            @Nullable Instant identifiedAt,
            @Nullable LocalDate reviewOn) {}

    /** Reason, evidence and review date are left to the service, which refuses their absence under 5.14. */
    record RestrictionBody(
            @Nullable @Size(max = ContactRestriction.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String reason,

            @Nullable @Size(max = ContactRestriction.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String evidence,

            @NotBlank @Size(max = ContactRestriction.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String scope,

            @Nullable @Size(max = ContactRestriction.MAX_TEXT) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String equalityConsiderations,

            @Nullable LocalDate startsOn,
            @Nullable LocalDate reviewOn) {}

    /** The authority is left to the service, which refuses its absence under 3.6. */
    record RepresentativeBody(
            @NotBlank @Size(max = RepresentativeDetails.MAX_NAME) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String name,

            @NotBlank
            @Size(max = RepresentativeDetails.MAX_RELATIONSHIP)
            @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String relationship,

            @Nullable @Size(max = RepresentativeDetails.MAX_AUTHORITY) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String authority,

            @Nullable @Email @Size(max = ResidentDetails.MAX_EMAIL)
            String email,

            @Nullable @Size(max = ResidentDetails.MAX_PHONE) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String phone,

            @Nullable @Size(max = ResidentDetails.MAX_ADDRESS) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String address,

            @Nullable Instant authorityEvidencedAt,
            @Nullable LocalDate expiresOn) {

        RepresentativeDetails details() {
            return new RepresentativeDetails(
                    name, relationship, authority, email, phone, address, authorityEvidencedAt, expiresOn);
        }
    }

    record ReviewBody(
            @Nullable Instant reviewedAt,
            @NotNull ReviewOutcome outcome,

            @NotBlank @Size(max = 2000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE)
            String note,

            @Nullable LocalDate nextReviewOn) {}
}
