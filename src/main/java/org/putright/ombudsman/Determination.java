package org.putright.ombudsman;

import java.time.LocalDate;
import java.util.List;

/** The Ombudsman's decision on the case: the date it was made and a finding for each complaint element. */
public record Determination(LocalDate determinedOn, List<ElementFinding> findings) {

    public Determination {
        findings = List.copyOf(findings);
    }

    public boolean has(OmbudsmanFinding finding) {
        return findings.stream().anyMatch(element -> element.finding() == finding);
    }
}
