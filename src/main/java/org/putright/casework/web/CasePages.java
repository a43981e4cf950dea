package org.putright.casework.web;

import java.util.List;
import org.putright.casework.DeadlineArithmetic;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.Complaints;
import org.putright.complaint.Deadlines;
import org.putright.resident.Resident;
import org.putright.resident.Residents;
import org.putright.system.problem.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every page about one complaint shows: the complaint, who it is from, and where it stands. */
@Component
class CasePages {

    private final Complaints complaints;
    private final Residents residents;

    CasePages(Complaints complaints, Residents residents) {
        this.complaints = complaints;
        this.residents = residents;
    }

    /** The complaint with this reference; an unknown or malformed one is not found. */
    Complaint complaint(String reference) {
        String normalised = reference.strip().toUpperCase(java.util.Locale.ROOT);
        if (!ComplaintReference.isValid(normalised)) {
            throw new NotFound("Complaint", reference);
        }
        return complaints.get(new ComplaintReference(normalised));
    }

    void describe(Complaint complaint, Model model) {
        Resident resident = residents.get(complaint.receipt().residentId());
        Deadlines deadlines = complaints.deadlines(complaint);
        model.addAttribute("complaint", complaint);
        model.addAttribute("resident", resident);
        model.addAttribute(
                "representative",
                complaint.receipt().representativeId() == null
                        ? null
                        : resident.representative(complaint.receipt().representativeId())
                                .orElse(null));
        model.addAttribute("deadlines", deadlines);
        model.addAttribute(
                "deadlineState", DeadlineState.of(deadlines.stateOn(complaints.today(), complaints.calendar())));
        model.addAttribute(
                "arithmetic",
                new DeadlineArithmetic(complaints.calendar(), complaints.timescales()).explain(complaint));
        model.addAttribute("commands", Command.openFrom(complaint.status(), false));
        model.addAttribute(
                "correspondence",
                complaint.record().stream()
                        .filter(recorded -> recorded.event() instanceof CorrespondenceRecorded)
                        .map(recorded -> (CorrespondenceRecorded) recorded.event())
                        .toList());
    }

    List<Command> open(Complaint complaint) {
        return Command.openFrom(complaint.status(), false);
    }
}
