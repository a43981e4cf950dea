/**
 * The staff's caseworking pages: the worklist sorted by the deadline now due, the complaint page
 * with every lifecycle step as a form, residents, service requests, remedies awaiting approval and
 * outstanding actions. The pages add no rules of their own: every step goes through the same
 * {@code Complaints} service and {@code Complaint} verbs as the API, and when the Code refuses a
 * step the page explains the rule and its provision in plain words. Deadlines are shown with their
 * working-day arithmetic, so a handler can check them against the Code (6.2, 6.3, 6.4, 6.11).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Caseworking pages")
package org.putright.casework;

import org.jspecify.annotations.NullMarked;
