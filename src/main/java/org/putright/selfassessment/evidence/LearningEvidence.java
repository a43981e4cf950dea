package org.putright.selfassessment.evidence;

import java.time.LocalDate;
import java.util.List;
import org.putright.learning.Lessons;
import org.putright.selfassessment.AssessmentPeriod;
import org.putright.selfassessment.Measure;
import org.putright.selfassessment.SystemEvidence;
import org.putright.selfassessment.SystemEvidenceSource;
import org.springframework.stereotype.Component;

/**
 * 9.1: landlords look beyond the individual complaint and learn from it. The figure counts the
 * lessons recorded, or improvements made, in the period; a year with none contradicts a "yes".
 */
@Component
class LearningEvidence implements SystemEvidenceSource {

    private final Lessons lessons;

    LearningEvidence(Lessons lessons) {
        this.lessons = lessons;
    }

    @Override
    public List<SystemEvidence> figures(AssessmentPeriod period, LocalDate computedOn) {
        return List.of(SystemEvidence.done(
                Measure.LESSONS_RECORDED,
                lessons.activeBetween(period.start(), period.end()).size(),
                computedOn));
    }
}
