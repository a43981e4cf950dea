package org.putright.complaint;

import java.util.List;

/**
 * A complaint from a landlord's previous system: what was known at receipt and what happened to
 * it since, oldest first. {@code importKey} is the previous system's reference for it, kept so
 * that the same complaint is never imported twice.
 */
public record HistoricComplaint(String importKey, NewComplaint receipt, List<HistoricStep> steps) {

    public HistoricComplaint {
        steps = List.copyOf(steps);
    }
}
