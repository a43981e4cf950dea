package org.putright.portal;

import java.util.UUID;
import org.putright.complaint.Actor;
import org.putright.complaint.Channel;
import org.putright.complaint.Complaint;
import org.putright.complaint.Complaints;
import org.putright.complaint.NewComplaint;
import org.putright.portal.OnlineComplaint.OnlineRepresentative;
import org.putright.resident.RepresentativeDetails;
import org.putright.resident.Resident;
import org.putright.resident.ResidentDetails;
import org.putright.resident.Residents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a complaint made on the website through the same services the API uses: the resident
 * is found or recorded with the channel and format they asked for (3.1, 5.10), anyone acting for
 * them is recorded with their authority (3.6), and the complaint is logged as received now by web
 * form, so its acknowledgement deadline runs from today (6.2).
 */
@Service
public class ComplaintIntake {

    private final Residents residents;
    private final Complaints complaints;
    private final PortalStore store;

    ComplaintIntake(Residents residents, Complaints complaints, PortalStore store) {
        this.residents = residents;
        this.complaints = complaints;
        this.store = store;
    }

    @Transactional
    public Receipt submit(OnlineComplaint online) {
        Actor actor = Actor.resident();
        Resident resident = residents.findOrCreate(
                new ResidentDetails(
                        online.name(),
                        online.email(),
                        online.phone(),
                        online.address(),
                        null,
                        online.tenancyReference(),
                        online.contactBy(),
                        online.format(),
                        online.formatLanguage()),
                actor.username());
        OnlineRepresentative representative = online.representative();
        UUID representativeId = representative == null
                ? null
                : residents
                        .representativeFor(
                                resident.id(),
                                RepresentativeDetails.of(
                                        representative.name(),
                                        representative.relationship(),
                                        representative.authority()),
                                actor.username())
                        .id();
        Complaint complaint = complaints.receive(
                new NewComplaint(
                        complaints.now(),
                        Channel.WEB_FORM,
                        resident.id(),
                        representativeId,
                        online.description(),
                        online.issueFirstKnownOn(),
                        null,
                        null,
                        null),
                actor);
        String reference = complaint.reference().value();
        store.addContact(reference, online.email(), online.phone(), complaints.now());
        if (representative != null) {
            store.addContact(reference, representative.email(), representative.phone(), complaints.now());
        }
        return new Receipt(reference, complaints.deadlines(complaint).acknowledgeBy());
    }
}
