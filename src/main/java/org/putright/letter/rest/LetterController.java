package org.putright.letter.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Actor;
import org.putright.complaint.ComplaintReference;
import org.putright.letter.Letter;
import org.putright.letter.LetterStore;
import org.putright.letter.Letters;
import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issued letters (API.md: {@code GET /api/v1/letters/{id}}): the PDF by default, the same letter
 * as HTML when asked for {@code text/html}, and what is known about it (recipient, reading age,
 * checksum) as JSON when asked for {@code application/json}. Also the update letters sent at the
 * agreed interval (5.9).
 */
@RestController
@RequestMapping("/api/v1")
class LetterController {

    /** Letters are never shown with anything else: no scripts, no outside resources. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private final Letters letters;
    private final LetterStore store;
    private final StaffDirectory staff;

    LetterController(Letters letters, LetterStore store, StaffDirectory staff) {
        this.letters = letters;
        this.store = store;
        this.staff = staff;
    }

    @GetMapping("/letters/{id}")
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    ResponseEntity<?> letter(
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept)
            throws HttpMediaTypeNotAcceptableException {
        Letter letter = letters.get(id(id));
        MediaType wanted = negotiate(accept);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .eTag(letter.sha256())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (wanted.equals(MediaType.APPLICATION_PDF)) {
            return ok.contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename(letter) + ".pdf\"")
                    .body(letters.pdf(letter.id()));
        }
        if (wanted.equals(MediaType.TEXT_HTML)) {
            return ok.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    .body(letters.html(letter.id()));
        }
        return ok.contentType(MediaType.APPLICATION_JSON)
                .body(LetterView.of(letter, letters.maximumReadingAge())
                        .withDeliveries(letters.deliveries(letter.id()).stream()
                                .map(DeliveryView::of)
                                .toList()));
    }

    /** The letters issued on a complaint, oldest first, with their reading ages. */
    @GetMapping("/complaints/{reference}/letters")
    @PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
    List<LetterView> ofComplaint(@PathVariable String reference) {
        return store.forComplaint(reference(reference).value()).stream()
                .map(letter -> LetterView.of(letter, letters.maximumReadingAge()))
                .toList();
    }

    /** Sends the resident an update letter under the agreed interval (5.9), kept on the record. */
    @PostMapping("/complaints/{reference}/update-letter")
    @PreAuthorize("hasRole('HANDLER')")
    ResponseEntity<LetterView> sendUpdate(
            @PathVariable String reference, @Valid @RequestBody UpdateBody body, Principal principal) {
        StaffMember member = staff.get(new Username(principal.getName()));
        Letter letter = letters.sendUpdate(
                reference(reference),
                body.sentAt() == null ? null : body.sentAt().toInstant(),
                body.progress(),
                new Actor(member.username().value(), member.compensationLimit()));
        return ResponseEntity.created(URI.create(letter.href()))
                .body(LetterView.of(letter, letters.maximumReadingAge()));
    }

    record UpdateBody(
            @Nullable OffsetDateTime sentAt,
            @NotBlank @Size(max = 5000) String progress) {}

    /** PDF unless the caller prefers HTML or JSON; 406 when it accepts none of them. */
    private static MediaType negotiate(@Nullable String accept) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> offered = List.of(MediaType.APPLICATION_PDF, MediaType.TEXT_HTML, MediaType.APPLICATION_JSON);
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_PDF;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            throw new InvalidInput("Accept", "is not a valid Accept header");
        }
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType acceptable : accepted) {
            if (acceptable.getQualityValue() == 0) {
                continue;
            }
            for (MediaType candidate : offered) {
                if (acceptable.includes(candidate)) {
                    return candidate;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(offered);
    }

    private static String filename(Letter letter) {
        return letter.reference() + "-"
                + letter.type().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-stage-" + letter.stage();
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Letter", id);
        }
    }

    private static ComplaintReference reference(String value) {
        if (!ComplaintReference.isValid(value)) {
            throw new NotFound("Complaint", value);
        }
        return new ComplaintReference(value);
    }

    record RecipientView(
            String name,
            @Nullable String address,
            @Nullable String email,
            String channel,
            String format,
            @Nullable String onBehalfOf) {}

    record LetterView(
            UUID id,
            String reference,
            String type,
            int stage,
            Instant issuedAt,
            Instant recordedAt,
            String issuedBy,
            RecipientView recipient,
            boolean largePrint,
            BigDecimal readingAge,
            BigDecimal readingEase,
            double maximumReadingAge,
            boolean readingAgeWarning,
            String sha256,
            String href,
            List<DeliveryView> deliveries) {

        LetterView withDeliveries(List<DeliveryView> attempts) {
            return new LetterView(
                    id,
                    reference,
                    type,
                    stage,
                    issuedAt,
                    recordedAt,
                    issuedBy,
                    recipient,
                    largePrint,
                    readingAge,
                    readingEase,
                    maximumReadingAge,
                    readingAgeWarning,
                    sha256,
                    href,
                    attempts);
        }

        static LetterView of(Letter letter, double maximumReadingAge) {
            var recipient = letter.recipient();
            return new LetterView(
                    letter.id(),
                    letter.reference(),
                    letter.type().name(),
                    letter.stage(),
                    letter.issuedAt(),
                    letter.recordedAt(),
                    letter.issuedBy(),
                    new RecipientView(
                            recipient.name(),
                            recipient.address(),
                            recipient.email(),
                            recipient.channel().name(),
                            recipient.format().name(),
                            recipient.onBehalfOf()),
                    letter.largePrint(),
                    letter.readingAge(),
                    letter.readingEase(),
                    maximumReadingAge,
                    letter.readingAge().doubleValue() > maximumReadingAge,
                    letter.sha256(),
                    letter.href(),
                    List.of());
        }
    }

    /** An attempt to deliver the letter. */
    record DeliveryView(
            String channel,
            String sentTo,
            Instant attemptedAt,
            String outcome,
            @Nullable String detail) {
        static DeliveryView of(org.putright.letter.Delivery delivery) {
            return new DeliveryView(
                    delivery.channel().name(),
                    delivery.sentTo(),
                    delivery.attemptedAt(),
                    delivery.outcome().name(),
                    delivery.detail());
        }
    }
}
