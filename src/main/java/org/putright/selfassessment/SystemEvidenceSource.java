package org.putright.selfassessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Computes the figures one part of the record gives as evidence of the Code's provisions, numbered
 * as in the 2024 edition, for a period. Each is computed afresh from the record: never stored
 * until the governing body approves the assessment, when the figures it saw are kept with it.
 */
public interface SystemEvidenceSource {

    List<SystemEvidence> figures(AssessmentPeriod period, LocalDate computedOn);
}
