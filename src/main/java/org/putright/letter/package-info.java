/**
 * Letters: every letter the Complaint Handling Code requires, written from the record, refused
 * when incomplete, and kept as issued.
 *
 * <p>Each step of a complaint that the Code says must be put in writing issues its letter in the
 * step's own transaction ({@link org.putright.complaint.LetterIssuer}): the acknowledgement with
 * the complaint definition and what the landlord is not responsible for (5.6, 5.7, 6.2, 6.11), a
 * request for clarification (5.6), an extension with its reasons, the new date and the
 * Ombudsman's contact details (6.4, 6.5, 6.15, 6.16), the stage 1 and stage 2 responses with
 * items a to g (6.9, 6.19), refusals of a complaint or an escalation with the reasons and the
 * right to go to the Ombudsman (2.4, 5.11), and updates at the agreed interval (5.9).
 *
 * <p>A letter is first a structured {@link org.putright.letter.LetterContent}, each section tagged
 * with the item it satisfies; {@link org.putright.letter.LetterCompleteness} refuses one that lacks
 * a required item, which refuses the step itself. The landlord's own words come from editable
 * templates in which every required item is a named placeholder; templates run under a
 * restricted dialect that evaluates no expressions. Letters go to the representative acting for
 * the resident, else to the resident (1.3, 3.6), in their preferred format (5.10); each is stored
 * as accessible HTML and a tagged PDF (PDF/UA) with a checksum (5.12), and its reading age is
 * measured.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Letters")
package org.putright.letter;

import org.jspecify.annotations.NullMarked;
