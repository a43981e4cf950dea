package org.putright.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.putright.calendar.WorkingCalendar;
import org.putright.code.Timescales;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes complaints from a landlord's previous system into the record, many at a time. Each goes
 * through the aggregate ({@link Complaint#fromHistory}), so its events, summary and stage facts
 * are exactly those of a complaint whose steps were taken in Putright on the same dates, and it
 * counts in every report the same way. Letters are not written: the previous system sent them.
 */
@Service
public class HistoricImports {

    /** Stands in for the reference while a complaint is only being checked. */
    private static final ComplaintReference CHECKING = ComplaintReference.of(2000, 0);

    private final HistoricStore store;
    private final Complaints complaints;
    private final Clock clock;

    HistoricImports(HistoricStore store, Complaints complaints, Clock clock) {
        this.store = store;
        this.complaints = complaints;
        this.clock = clock;
    }

    /**
     * Checks a historic complaint as its import will, without saving anything.
     *
     * @throws org.putright.system.problem.DomainProblem saying what the record could not hold
     */
    public void check(HistoricComplaint history, String importedBy) {
        Complaint.fromHistory(CHECKING, history, importedBy, clock.instant());
    }

    /** Which of these import keys were imported before. */
    public Set<String> alreadyImported(Collection<String> importKeys) {
        return importKeys.isEmpty() ? Set.of() : store.imported(importKeys);
    }

    /**
     * Imports these complaints, none of them imported before, in one transaction; returns their new
     * references in the same order. Nothing is written if any of them fails its checks.
     */
    @Transactional
    public List<ComplaintReference> importAll(List<HistoricComplaint> histories, String importedBy) {
        PreparedImport prepared = prepare(histories, importedBy);
        store.write(prepared.batch());
        return prepared.references();
    }

    /**
     * Does everything {@link #importAll} does short of writing: numbers the complaints, plays each
     * history through the aggregate and renders the rows to write. An import prepares its next
     * batch this way while the one before is being written. Takes reference numbers that are not
     * given back if the batch is never written, as any sequence does.
     *
     * @throws org.putright.system.problem.DomainProblem when a history cannot be recorded
     */
    public PreparedImport prepare(List<HistoricComplaint> histories, String importedBy) {
        Instant now = clock.instant();
        WorkingCalendar calendar = complaints.calendar();
        Timescales timescales = complaints.timescales();
        List<Long> serials = store.nextSerials(histories.size());
        List<HistoricStore.Imported> imported = new ArrayList<>(histories.size());
        List<ComplaintReference> references = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            HistoricComplaint history = histories.get(i);
            int year = WorkingCalendar.dayOf(history.receipt().receivedAt()).getYear();
            ComplaintReference reference = ComplaintReference.of(year, serials.get(i));
            Complaint complaint = Complaint.fromHistory(reference, history, importedBy, now);
            imported.add(new HistoricStore.Imported(
                    history.importKey(),
                    complaint,
                    complaints.summary(complaint, calendar, timescales),
                    StageFactsOf.of(complaint, calendar, timescales, List.of())));
            references.add(reference);
        }
        return new PreparedImport(references, store.render(imported, now));
    }

    /** Writes a prepared batch in the caller's transaction; returns the complaints' references. */
    @Transactional
    public List<ComplaintReference> write(PreparedImport prepared) {
        store.write(prepared.batch());
        return prepared.references();
    }

    /** A batch of historic complaints ready to write: their references and their rendered rows. */
    public record PreparedImport(List<ComplaintReference> references, HistoricStore.Batch batch) {

        public PreparedImport {
            references = List.copyOf(references);
        }
    }
}
