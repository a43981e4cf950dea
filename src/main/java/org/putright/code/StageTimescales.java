package org.putright.code;

import java.util.List;
import java.util.Objects;

/** The deadlines of one stage: acknowledge, respond, and how far extensions may go. */
public record StageTimescales(Timescale acknowledge, Timescale respond, ExtensionCap extensionCap) {

    public StageTimescales {
        Objects.requireNonNull(acknowledge, "a stage has no acknowledgement timescale");
        Objects.requireNonNull(respond, "a stage has no response timescale");
        Objects.requireNonNull(extensionCap, "a stage has no extension cap");
    }

    /** Every provision these timescales cite. */
    public List<ProvisionNumber> provisions() {
        return List.of(acknowledge.provision(), respond.provision(), extensionCap.provision());
    }
}
