package org.putright.complaint;

import java.util.List;
import java.util.Optional;

/** Where complaints' records are kept. */
public interface ComplaintRepository {

    /** A new, never used reference for a complaint received in {@code year}. */
    ComplaintReference nextReference(int year);

    Optional<Complaint> find(ComplaintReference reference);

    /**
     * Appends the complaint's unsaved events and rewrites its summary. Fails with a conflict when
     * someone else recorded a step on the same complaint meanwhile.
     */
    void save(Complaint complaint, ComplaintSummary summary);

    /** Rewrites only the summary, e.g. after the calendar changed a deadline. */
    void updateSummary(ComplaintSummary summary);

    ComplaintPage list(ComplaintQuery query);

    /** References of every open complaint. */
    List<ComplaintReference> openReferences();
}
