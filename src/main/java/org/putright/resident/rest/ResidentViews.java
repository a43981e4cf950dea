package org.putright.resident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.resident.ContactRestriction;
import org.putright.resident.DisclosedDisability;
import org.putright.resident.DueReview;
import org.putright.resident.ReasonableAdjustment;
import org.putright.resident.RecordStatus;
import org.putright.resident.Representative;
import org.putright.resident.Resident;
import org.putright.resident.ResidentPage;
import org.putright.resident.ResidentSummary;
import org.putright.resident.Review;
import org.putright.resident.ReviewSubject;
import org.putright.resident.VulnerabilityFlag;
import org.putright.resident.VulnerabilityKind;

/**
 * The JSON shapes of residents and their records. Status, due-for-review and in-force flags are
 * worked out for the day of the request, so a client never has to repeat the rules.
 */
final class ResidentViews {

    private ResidentViews() {}

    record ResidentView(
            UUID id,
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String address,
            @Nullable String postcode,
            @Nullable String tenancyReference,
            ContactChannel preferredChannel,
            CommunicationFormat preferredFormat,
            @Nullable String formatLanguage,
            List<AdjustmentView> adjustments,
            List<DisabilityView> disabilities,
            List<VulnerabilityView> vulnerabilities,
            List<RestrictionView> restrictions,
            List<RepresentativeView> representatives,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            String updatedBy,
            long version) {

        static ResidentView of(Resident resident, LocalDate today) {
            return new ResidentView(
                    resident.id(),
                    resident.name(),
                    resident.details().email(),
                    resident.details().phone(),
                    resident.details().address(),
                    resident.details().postcode(),
                    resident.details().tenancyReference(),
                    resident.preferredChannel(),
                    resident.preferredFormat(),
                    resident.details().formatLanguage(),
                    resident.adjustments().stream()
                            .map(a -> AdjustmentView.of(a, today))
                            .toList(),
                    resident.disabilities().stream()
                            .map(d -> DisabilityView.of(d, today))
                            .toList(),
                    resident.vulnerabilities().stream()
                            .map(v -> VulnerabilityView.of(v, today))
                            .toList(),
                    resident.restrictions().stream()
                            .map(r -> RestrictionView.of(r, today))
                            .toList(),
                    resident.representatives().stream()
                            .map(r -> RepresentativeView.of(r, today))
                            .toList(),
                    resident.createdAt(),
                    resident.createdBy(),
                    resident.updatedAt(),
                    resident.updatedBy(),
                    resident.version());
        }
    }

    record SummaryView(
            UUID id,
            String name,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String address,
            @Nullable String postcode,
            @Nullable String tenancyReference) {

        static SummaryView of(ResidentSummary summary) {
            return new SummaryView(
                    summary.id(),
                    summary.name(),
                    summary.email(),
                    summary.phone(),
                    summary.address(),
                    summary.postcode(),
                    summary.tenancyReference());
        }
    }

    record PageView(List<SummaryView> items, int page, int size, long total) {

        static PageView of(ResidentPage page) {
            return new PageView(
                    page.items().stream().map(SummaryView::of).toList(), page.page(), page.size(), page.total());
        }
    }

    record AdjustmentView(
            UUID id,
            String description,
            Instant agreedAt,
            LocalDate reviewOn,
            @Nullable LocalDate nextReviewOn,
            RecordStatus status,
            boolean dueForReview,
            List<Review> reviews,
            Instant recordedAt,
            String recordedBy) {

        static AdjustmentView of(ReasonableAdjustment a, LocalDate today) {
            return new AdjustmentView(
                    a.id(),
                    a.description(),
                    a.agreedAt(),
                    a.reviewOn(),
                    a.nextReviewOn(),
                    a.status(),
                    a.dueForReviewOn(today),
                    a.reviews(),
                    a.recordedAt(),
                    a.recordedBy());
        }
    }

    record DisabilityView(
            UUID id,
            String description,
            Instant disclosedAt,
            LocalDate reviewOn,
            @Nullable LocalDate nextReviewOn,
            RecordStatus status,
            boolean dueForReview,
            List<Review> reviews,
            Instant recordedAt,
            String recordedBy) {

        static DisabilityView of(DisclosedDisability d, LocalDate today) {
            return new DisabilityView(
                    d.id(),
                    d.description(),
                    d.disclosedAt(),
                    d.reviewOn(),
                    d.nextReviewOn(),
                    d.status(),
                    d.dueForReviewOn(today),
                    d.reviews(),
                    d.recordedAt(),
                    d.recordedBy());
        }
    }

    record VulnerabilityView(
            UUID id,
            VulnerabilityKind kind,
            String note,
            Instant identifiedAt,
            @Nullable LocalDate reviewOn,
            @Nullable LocalDate nextReviewOn,
            RecordStatus status,
            boolean dueForReview,
            List<Review> reviews,
            Instant recordedAt,
            String recordedBy) {

        static VulnerabilityView of(VulnerabilityFlag v, LocalDate today) {
            return new VulnerabilityView(
                    v.id(),
                    v.kind(),
                    v.note(),
                    v.identifiedAt(),
                    v.reviewOn(),
                    v.nextReviewOn(),
                    v.status(),
                    v.dueForReviewOn(today),
                    v.reviews(),
                    v.recordedAt(),
                    v.recordedBy());
        }
    }

    record RestrictionView(
            UUID id,
            String reason,
            String evidence,
            String scope,
            @Nullable String equalityConsiderations,
            LocalDate startsOn,
            LocalDate reviewOn,
            @Nullable LocalDate nextReviewOn,
            RecordStatus status,
            boolean inForce,
            boolean dueForReview,
            List<Review> reviews,
            Instant recordedAt,
            String recordedBy) {

        static RestrictionView of(ContactRestriction r, LocalDate today) {
            return new RestrictionView(
                    r.id(),
                    r.reason(),
                    r.evidence(),
                    r.scope(),
                    r.equalityConsiderations(),
                    r.startsOn(),
                    r.reviewOn(),
                    r.nextReviewOn(),
                    r.status(),
                    r.inForceOn(today),
                    r.dueForReviewOn(today),
                    r.reviews(),
                    r.recordedAt(),
                    r.recordedBy());
        }
    }

    record RepresentativeView(
            UUID id,
            String name,
            String relationship,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String address,
            String authority,
            Instant authorityEvidencedAt,
            @Nullable LocalDate expiresOn,
            boolean acting,
            Instant recordedAt,
            String recordedBy) {

        static RepresentativeView of(Representative r, LocalDate today) {
            return new RepresentativeView(
                    r.id(),
                    r.name(),
                    r.relationship(),
                    r.email(),
                    r.phone(),
                    r.address(),
                    r.authority(),
                    r.authorityEvidencedAt(),
                    r.expiresOn(),
                    r.actsOn(today),
                    r.recordedAt(),
                    r.recordedBy());
        }
    }

    record DueReviewView(
            UUID residentId,
            String residentName,
            ReviewSubject subject,
            UUID recordId,
            String summary,
            LocalDate reviewOn,
            String href) {

        static DueReviewView of(DueReview due) {
            return new DueReviewView(
                    due.residentId(),
                    due.residentName(),
                    due.subject(),
                    due.recordId(),
                    due.summary(),
                    due.reviewOn(),
                    ResidentRecordsController.path(due.residentId(), due.subject(), due.recordId()));
        }
    }
}
