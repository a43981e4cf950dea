package org.putright.selfassessment;

import java.util.List;
import org.putright.code.CitesProvisions;
import org.putright.code.ProvisionNumber;

/** Why the landlord must assess itself again before the year is out. */
public enum ReassessmentReason implements CitesProvisions {
    /** A significant restructure, merger or change in procedures (8.3). */
    RESTRUCTURE("8.3", "a significant restructure, merger or change in procedures"),
    /** The Ombudsman asked for the self-assessment to be reviewed after an investigation (8.4). */
    OMBUDSMAN_REQUEST("8.4", "the Ombudsman's request after an investigation");

    private final String provision;
    private final String description;

    ReassessmentReason(String provision, String description) {
        this.provision = provision;
        this.description = description;
    }

    @Override
    public List<ProvisionNumber> provisions() {
        return List.of(ProvisionNumber.parse(provision));
    }

    public String description() {
        return description;
    }
}
