/**
 * Staff notifications: each deadline alert ({@link org.putright.complaint.DeadlineAlert}) tells the
 * complaint's handler, and for an overdue complaint the managers too, that a deadline of the Code
 * is near or has passed (6.2, 6.3, 6.11, 6.14) or that an update agreed with the resident is due
 * (5.9). Each notification waits in the person's own inbox until read, and goes to their email
 * address when a mail server is configured, tried again with backoff until it is sent.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.putright.notification;

import org.jspecify.annotations.NullMarked;
