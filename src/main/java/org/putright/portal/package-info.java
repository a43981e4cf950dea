/**
 * The resident's side of Putright: making a complaint online, for oneself or for someone else
 * with their authority (1.3, 3.6), and following it with a one-time code: its status, the
 * deadline now due, every letter, and asking for stage 2 without having to give reasons (6.11,
 * 6.12). Complaints are received and escalated through the same {@code complaint} services staff
 * and the API use; a resident only ever sees complaints whose contact details they proved they
 * hold.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Resident portal")
package org.putright.portal;

import org.jspecify.annotations.NullMarked;
