/**
 * The governing body's reports, produced from the record: the quarterly pack the Member Responsible
 * for Complaints and the board receive (9.7 a–d: volumes, categories, outcomes and performance;
 * issues and trends; the Ombudsman's findings and progress on its orders; the annual report), and
 * the annual complaints performance and service improvement report (8.1 a–f) with the governing
 * body's response, published together on the public reports page (8.2).
 *
 * <p>Every figure comes from the modules that own it: the dashboard and the Tenant Satisfaction
 * Measures of {@code reporting}, the approved self-assessment, the Ombudsman's cases, the lessons
 * learned. This module adds the Ombudsman's own reports about the landlord (8.1e, 8.1f), the
 * landlord's commentary and the governing body's response. When the response is recorded the
 * report's content is kept as it stood, so what is published is what the governing body answered.
 * {@link org.putright.boardreport.AnnualReports} and
 * {@link org.putright.boardreport.QuarterlyPacks} are the services.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Board reports")
package org.putright.boardreport;

import org.jspecify.annotations.NullMarked;
