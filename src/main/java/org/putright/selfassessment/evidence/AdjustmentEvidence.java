package org.putright.selfassessment.evidence;

import java.time.LocalDate;
import java.util.List;
import org.putright.resident.Residents;
import org.putright.resident.ReviewSubject;
import org.putright.selfassessment.AssessmentPeriod;
import org.putright.selfassessment.Measure;
import org.putright.selfassessment.SystemEvidence;
import org.putright.selfassessment.SystemEvidenceSource;
import org.springframework.stereotype.Component;

/**
 * 5.10: reasonable adjustments and disclosed disabilities are kept under review. The figure is how
 * many are past their review date on the day it is computed: a review due today is not yet late.
 */
@Component
class AdjustmentEvidence implements SystemEvidenceSource {

    private final Residents residents;

    AdjustmentEvidence(Residents residents) {
        this.residents = residents;
    }

    @Override
    public List<SystemEvidence> figures(AssessmentPeriod period, LocalDate computedOn) {
        long overdue = residents.dueForReview(computedOn.minusDays(1)).stream()
                .filter(due -> due.subject() == ReviewSubject.ADJUSTMENT || due.subject() == ReviewSubject.DISABILITY)
                .count();
        return List.of(SystemEvidence.failures(Measure.ADJUSTMENTS_OVERDUE_REVIEW, overdue, computedOn));
    }
}
