package org.putright.migration;

import java.util.List;
import java.util.UUID;
import org.putright.complaint.HistoricComplaint;
import org.putright.complaint.HistoricStep;
import org.putright.complaint.NewComplaint;
import org.putright.resident.ResidentDetails;

/**
 * One good row of an import file: the resident it names and the complaint's history, ready to be
 * taken into the record once the resident's id is known.
 */
record ParsedRow(
        int line, String legacyReference, ResidentDetails resident, NewComplaint receipt, List<HistoricStep> steps) {

    /** Stands in for the resident while the row is only being checked. */
    static final UUID UNKNOWN_RESIDENT = new UUID(0, 0);

    ParsedRow {
        steps = List.copyOf(steps);
    }

    HistoricComplaint history(UUID residentId) {
        return new HistoricComplaint(
                legacyReference,
                new NewComplaint(
                        receipt.receivedAt(),
                        receipt.channel(),
                        residentId,
                        receipt.representativeId(),
                        receipt.description(),
                        receipt.issueFirstKnownOn(),
                        receipt.category(),
                        receipt.serviceRequestId(),
                        receipt.raisedFrom()),
                steps);
    }
}
