/**
 * Ombudsman cases: a complaint the resident has taken to the Housing Ombudsman. Each case keeps the
 * Ombudsman's reference, the date the complaint was referred, the Ombudsman's requests for evidence
 * and when the landlord sent it, the determination with a finding for every complaint element, the
 * orders and recommendations made with their due dates and the evidence of compliance, and any
 * complaint handling failure orders.
 *
 * <p>{@link org.putright.ombudsman.OmbudsmanCase} is the aggregate; {@link
 * org.putright.ombudsman.OmbudsmanCases} the service, whose {@code figures} answer, for a period,
 * what the annual report (8.1c, 8.1e) and the reports to the governing body and its Member
 * Responsible for Complaints (9.7c) must show.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Ombudsman cases")
package org.putright.ombudsman;

import org.jspecify.annotations.NullMarked;
