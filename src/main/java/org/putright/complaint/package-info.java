/**
 * Complaints and their lifecycle under the Complaint Handling Code: receipt, refusal (2.1–2.4,
 * 5.11), acknowledgement with the complaint definition (5.6, 5.7, 6.2, 6.11), extensions (6.4,
 * 6.5, 6.15, 6.16), responses with a finding for every point (6.6–6.9, 6.17–6.19), escalation
 * without reasons (6.10–6.12) to an independent stage 2 handler (6.13), remedies followed through
 * (7.1–7.4) and the full, append-only record of all of it (5.12).
 *
 * <p>{@link org.putright.complaint.Complaint} is the aggregate; {@link
 * org.putright.complaint.Lifecycle} is the one table of which step may follow which.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Complaints")
package org.putright.complaint;

import org.jspecify.annotations.NullMarked;
