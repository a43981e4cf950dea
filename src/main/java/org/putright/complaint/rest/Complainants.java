package org.putright.complaint.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.putright.code.CodeRule;
import org.putright.code.RuleBroken;
import org.putright.complaint.Actor;
import org.putright.complaint.Complaint;
import org.putright.complaint.Complaints;
import org.putright.complaint.LetterIssuer;
import org.putright.complaint.NewComplaint;
import org.putright.complaint.rest.ComplaintRequests.NewComplaintBody;
import org.putright.resident.RepresentativeDetails;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.resident.Residents;
import org.putright.servicerequest.ServiceRequests;
import org.putright.system.problem.InvalidInput;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a complaint is from: finds or records the resident and any representative acting for them
 * (1.3, 3.6), and links a complaint raised from a service request to it without stopping the
 * request (1.5).
 */
@Component
class Complainants {

    private final Residents residents;
    private final ServiceRequests serviceRequests;
    private final Complaints complaints;

    Complainants(Residents residents, ServiceRequests serviceRequests, Complaints complaints) {
        this.residents = residents;
        this.serviceRequests = serviceRequests;
        this.complaints = complaints;
    }

    /**
     * Receives a complaint with everything it brings: the resident, a representative, the link to a
     * service request. One transaction: when any of it is refused, nothing is kept.
     */
    @Transactional
    public Received receive(NewComplaintBody body, Instant receivedAt, Actor actor) {
        Resident resident = resident(body, actor);
        NewComplaint details = intake(body, resident, receivedAt, actor);
        Complaints.Logged logged = complaints.log(details, actor);
        linkServiceRequest(logged.complaint());
        // The resident as found or just recorded, unless a representative was added to them since.
        return new Received(
                logged.complaint(),
                details.representativeId() == null ? resident : residents.get(resident.id()),
                logged.letters());
    }

    /** A complaint just received, the resident it is from and the letters it has. */
    record Received(Complaint complaint, Resident resident, List<LetterIssuer.IssuedLetter> letters) {}

    private NewComplaint intake(NewComplaintBody body, Resident resident, Instant receivedAt, Actor actor) {
        UUID representative = null;
        if (body.representative() != null) {
            var given = body.representative();
            if (given.authority() == null || given.authority().isBlank()) {
                throw new RuleBroken(
                        CodeRule.REPRESENTATIVE_WITHOUT_AUTHORITY,
                        "Record the representative's authority to act for the resident, e.g. the consent given.");
            }
            representative = residents
                    .representativeFor(
                            resident.id(),
                            RepresentativeDetails.of(given.name(), given.relationship(), given.authority()),
                            actor.username())
                    .id();
        }
        if (body.serviceRequestId() != null
                && serviceRequests.find(body.serviceRequestId()).isEmpty()) {
            throw new InvalidInput("serviceRequestId", "there is no service request " + body.serviceRequestId());
        }
        return new NewComplaint(
                receivedAt,
                body.channel(),
                resident.id(),
                representative,
                body.description(),
                body.issueFirstKnownOn(),
                body.category(),
                body.serviceRequestId(),
                null);
    }

    /** A complaint raised from dissatisfaction with a service request is linked to it; the request goes on. */
    void linkServiceRequest(Complaint complaint) {
        UUID serviceRequest = complaint.receipt().serviceRequestId();
        if (serviceRequest != null) {
            serviceRequests.linkComplaint(serviceRequest, complaint.reference().value(), complaint.receivedAt());
        }
    }

    Resident resident(Complaint complaint) {
        return residents.get(complaint.receipt().residentId());
    }

    private Resident resident(NewComplaintBody body, Actor actor) {
        if (body.residentId() != null) {
            if (body.resident() != null) {
                throw new InvalidInput("resident", "give either resident or residentId, not both");
            }
            return residents
                    .find(body.residentId())
                    .orElseThrow(() -> new InvalidInput("residentId", "there is no resident " + body.residentId()));
        }
        if (body.resident() == null) {
            throw new InvalidInput("resident", "is required: who is complaining (or residentId for a known resident)");
        }
        var given = body.resident();
        return residents.findOrCreate(
                ResidentDetails.of(
                        given.name(),
                        given.email(),
                        given.phone(),
                        given.address(),
                        given.postcode(),
                        given.tenancyReference()),
                actor.username());
    }
}
