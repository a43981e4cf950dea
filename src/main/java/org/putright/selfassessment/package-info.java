/**
 * The landlord's self-assessment against the Complaint Handling Code (8.1a, 8.2-8.4): for every
 * provision of an edition, whether it complies, its evidence, commentary and, where it does not,
 * the action and the date by which it will. Beside the landlord's own evidence sits the
 * <em>system evidence</em>: a dated figure computed from the record for the period (6.2:
 * acknowledged on time; 7.3: remedies completed by their date; ...), flagged where it contradicts
 * a "yes". The governing body's approval locks an assessment; it is then published on the public
 * reports page with the governing body's response, and exported in the Ombudsman's form layout.
 *
 * <p>{@link org.putright.selfassessment.Assessments} is the module's service; an
 * {@link org.putright.selfassessment.Assessment} is the aggregate.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment")
package org.putright.selfassessment;

import org.jspecify.annotations.NullMarked;
