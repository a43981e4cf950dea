/**
 * The audit log: who signed in (or failed to, or was throttled), who signed out, and who changed
 * how Putright works: staff and their roles, API tokens, the landlord's settings, the working
 * calendar and letter templates. A complaint's own record already names who did each step (5.12);
 * this log covers what happens around the complaints, so that a security incident or a disputed
 * change can be traced to a person, a time and an address.
 *
 * <p>Entries are only ever added. Sign-ins come from Spring Security's authentication events;
 * administrative changes are recorded from the successful requests that made them, by a declared
 * table of administrative routes ({@link AdministrativeRoute}).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.putright.audit;

import org.jspecify.annotations.NullMarked;
