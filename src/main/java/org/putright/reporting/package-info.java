/**
 * Reporting from the record: the Tenant Satisfaction Measures CH01 and CH02 as the Regulator
 * defines them, the managers' and governing body's dashboard (volumes, outcomes, timeliness
 * against each deadline of the Code, refusals, remedies, trends; 9.4–9.7, 8.1), and exports of
 * complaints and of every table as CSV and XLSX. Every figure comes from the complaint module's
 * stage facts through {@link org.putright.complaint.StageFactQueries} and lists the complaints it
 * counted.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.putright.reporting;

import org.jspecify.annotations.NullMarked;
