package org.putright.complaint;

import java.time.Instant;

/** A complaint (stage 1) or an escalation (stage 2, 5.11) refused on a section 2 ground, with reasons. */
public record Refusal(int stage, Instant decidedAt, RefusalGround ground, String reasons) {}
