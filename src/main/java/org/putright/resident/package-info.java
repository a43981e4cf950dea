/**
 * Residents and the people who act for them: who they are, how they want to hear from the landlord,
 * and what the landlord must keep in mind when dealing with them.
 *
 * <p>A {@link org.putright.resident.Resident} holds contact details and the preferred channel and
 * format for letters (3.1, 5.10); the reasonable adjustments agreed and the disabilities disclosed,
 * each with a review date that surfaces when due so they are kept under active review (5.10);
 * vulnerability flags; contact restrictions for unacceptable behaviour, each with its evidenced
 * reason, scope and review date (5.14), which change how the landlord communicates but never stop a
 * complaint being made (5.15); and representatives with the authority they hold (1.3, 3.6).
 *
 * <p>Nothing here is edited in place except the resident's own contact details: adjustments,
 * disabilities, flags and restrictions change by recording a review or a new record, so their
 * history survives (5.12). {@link org.putright.resident.Residents} is the module's service; the
 * complaint module finds or creates residents and representatives through it.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Residents and representatives")
package org.putright.resident;

import org.jspecify.annotations.NullMarked;
