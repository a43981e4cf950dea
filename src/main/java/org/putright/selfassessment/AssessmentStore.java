package org.putright.selfassessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.putright.code.Edition;
import org.putright.code.ProvisionNumber;

/** Where self-assessments, their rows, the figures kept at approval and re-assessment triggers live. */
public interface AssessmentStore {

    void insert(Assessment assessment);

    /** Saves a provision's row if it is still at {@code expectedVersion}; false when changed first. */
    boolean saveProvision(UUID assessment, ProvisionAssessment row, long expectedVersion);

    /** Saves the assessment's status, approval and publication if still at {@code expectedVersion}. */
    boolean saveStatus(Assessment assessment, long expectedVersion);

    /** The assessment with its provisions worded by {@code editions}. */
    Optional<Assessment> find(UUID id, java.util.function.Function<org.putright.code.EditionId, Edition> editions);

    /** Every assessment's id, the most recently started first. */
    List<UUID> ids();

    void keepEvidence(UUID assessment, Map<ProvisionNumber, List<SystemEvidence>> evidence);

    /** The figures kept when the assessment was approved; empty for a draft. */
    Map<ProvisionNumber, List<SystemEvidence>> keptEvidence(UUID assessment);

    void insert(ReassessmentTrigger trigger);

    /** Marks every trigger no assessment has answered yet as answered by this one. */
    void meetTriggers(UUID assessment);

    /** Every trigger, the most recent first. */
    List<ReassessmentTrigger> triggers();
}
