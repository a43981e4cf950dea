package org.putright.complaint;

import java.time.Instant;

/** An event with who recorded it and when: one entry of the complaint's append-only record. */
public record RecordedEvent(int sequence, ComplaintEvent event, String by, Instant recordedAt) {}
