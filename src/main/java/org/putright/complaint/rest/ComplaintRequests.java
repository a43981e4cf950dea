package org.putright.complaint.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Channel;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.Definition;
import org.putright.complaint.Finding;
import org.putright.complaint.RefusalGround;
import org.putright.complaint.RemedyOffer;
import org.putright.complaint.RemedyType;

/** The bodies of the complaint API's requests (API.md, "Complaints"). Times omitted mean now. */
final class ComplaintRequests {

    static final String MONEY = "\\d{1,8}(\\.\\d{1,2})?";
    static final int TEXT = 10_000;
    static final int LINE = 500;

    private ComplaintRequests() {}

    record ResidentBody(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 320) String email,
            @Nullable @Size(max = 40) String phone,
            @Nullable @Size(max = LINE) String address,
            @Nullable @Size(max = 20) String postcode,
            @Nullable @Size(max = 50) String tenancyReference) {}

    record RepresentativeBody(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String relationship,
            @Nullable @Size(max = 1000) String authority) {}

    record NewComplaintBody(
            @Nullable OffsetDateTime receivedAt,
            @NotNull Channel channel,
            @Nullable @Valid ResidentBody resident,
            @Nullable UUID residentId,
            @Nullable @Valid RepresentativeBody representative,
            @NotBlank @Size(max = TEXT) String description,
            @Nullable LocalDate issueFirstKnownOn,
            @Nullable @Size(max = 50) String category,
            @Nullable UUID serviceRequestId) {}

    record PointBody(
            @Nullable Integer number,
            @NotBlank @Size(max = TEXT) String summary,
            @NotBlank @Size(max = TEXT) String outcomeSought) {}

    record NotResponsibleBody(
            @NotBlank @Size(max = TEXT) String aspect,
            @Nullable @Size(max = LINE) String responsibleParty) {}

    record DefinitionBody(
            @NotNull @Size(max = 50) List<@Valid @NotNull PointBody> points,
            @Nullable @Size(max = 50) List<@Valid @NotNull NotResponsibleBody> notResponsibleFor) {

        Definition toDefinition() {
            return Definition.numbered(
                    points.stream()
                            .map(point -> new Definition.PointText(point.summary(), point.outcomeSought()))
                            .toList(),
                    notResponsibleFor == null
                            ? List.of()
                            : notResponsibleFor.stream()
                                    .map(aspect -> new Definition.NotResponsible(
                                            aspect.aspect(),
                                            aspect.responsibleParty() == null ? "" : aspect.responsibleParty()))
                                    .toList());
        }
    }

    record AcknowledgementBody(
            @Nullable OffsetDateTime acknowledgedAt,
            @NotBlank @Size(max = 64) String handler,
            @NotNull @Valid DefinitionBody definition,
            @Nullable @Size(max = TEXT) String discretionReason) {}

    record RefusalBody(
            @Nullable OffsetDateTime decidedAt,
            @Nullable RefusalGround ground,
            @Nullable @Size(max = TEXT) String reasons) {}

    record ExtensionBody(
            @Nullable OffsetDateTime notifiedAt,
            @NotNull @Min(1) @Max(60) Integer workingDays,
            @Nullable @Size(max = TEXT) String reason,
            @Nullable @Size(max = TEXT) String goodReason) {}

    record FindingBody(
            @NotNull Integer point,
            @NotNull Boolean upheld,
            @NotNull @Size(max = TEXT) String reasons) {
        Finding toFinding() {
            return new Finding(point, upheld, reasons);
        }
    }

    record RemedyBody(
            @NotNull RemedyType type,
            @NotBlank @Size(max = TEXT) String description,

            @Nullable @Pattern(regexp = MONEY, message = "must be an amount such as \"75.00\"")
            String amount,

            @Nullable LocalDate dueBy) {
        RemedyOffer toOffer() {
            return new RemedyOffer(type, description, amount == null ? null : new BigDecimal(amount), dueBy);
        }
    }

    record ActionBody(
            @NotBlank @Size(max = TEXT) String description,
            @Nullable @Size(max = 64) String owner,
            @Nullable LocalDate dueBy) {
        ActionPlan toPlan() {
            return new ActionPlan(description, owner, dueBy);
        }
    }

    record ResponseBody(
            @Nullable OffsetDateTime respondedAt,
            @NotNull @Size(max = 50) List<@Valid @NotNull FindingBody> findings,
            @Nullable @Size(max = 50) List<@Valid @NotNull RemedyBody> remedies,
            @Nullable @Size(max = 50) List<@Valid @NotNull ActionBody> outstandingActions) {}

    record EscalationBody(
            @Nullable OffsetDateTime requestedAt,
            @Nullable @Size(max = TEXT) String residentReason) {}

    record WithdrawalBody(
            @Nullable OffsetDateTime withdrawnAt,
            @Nullable @Size(max = TEXT) String note) {}

    record ClosureBody(
            @Nullable OffsetDateTime closedAt,
            @Nullable @Size(max = TEXT) String note) {}

    record CorrespondenceBody(
            @Nullable OffsetDateTime at,
            @NotNull CorrespondenceRecorded.Direction direction,
            @NotNull CorrespondenceRecorded.Party party,
            @NotBlank @Size(max = 50) String channel,
            @NotBlank @Size(max = LINE) String summary,
            @Nullable @Size(max = 100_000) String body) {}

    record AdditionalIssueBody(
            @Nullable OffsetDateTime raisedAt,
            @NotBlank @Size(max = TEXT) String summary,
            @Nullable @Size(max = TEXT) String outcomeSought,
            @NotNull Boolean related) {}

    record ClarificationBody(
            @Nullable OffsetDateTime requestedAt,
            @NotBlank @Size(max = TEXT) String question) {}

    record UpdateIntervalBody(
            @Nullable OffsetDateTime agreedAt,
            @NotNull @Min(1) @Max(60) Integer everyWorkingDays,
            @Nullable @Size(max = LINE) String how) {}

    record RemedyApprovalBody(@Nullable OffsetDateTime approvedAt) {}

    record RemedyCompletionBody(
            @Nullable OffsetDateTime completedAt,
            @Nullable @Size(max = TEXT) String note) {}

    record ActionUpdateBody(
            @Nullable OffsetDateTime at,
            @NotBlank @Size(max = TEXT) String note,
            @Nullable Boolean completed) {}
}
