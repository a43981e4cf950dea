package org.putright.resident;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.putright.resident.ResidentRepository.HistoricKey;

/**
 * The residents of a batch of complaints from a previous system, worked out before anything is
 * written: the id of each by its {@link HistoricKey}, and the residents that are new and will be
 * recorded with the batch. An import plans its next batch while the one before is being written,
 * so the new residents of that batch are handed on ({@link #recordedWithBatch}) for the next plan
 * to take rather than record a second time.
 */
public record HistoricResidents(Map<HistoricKey, UUID> ids, Map<HistoricKey, Resident> recordedWithBatch) {

    public HistoricResidents {
        ids = Map.copyOf(ids);
        recordedWithBatch = Map.copyOf(recordedWithBatch);
    }

    /** The ids of the residents this batch records, for the plan of the next batch. */
    public Map<HistoricKey, UUID> newIds() {
        Map<HistoricKey, UUID> planned = new java.util.HashMap<>();
        recordedWithBatch.forEach((key, resident) -> planned.put(key, resident.id()));
        return planned;
    }

    List<Resident> toRecord() {
        return List.copyOf(recordedWithBatch.values());
    }
}
