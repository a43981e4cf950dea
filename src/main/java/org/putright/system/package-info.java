/**
 * The shell every module stands on: the injected {@link java.time.Clock}, RFC 9457 problem
 * details for every error, the landlord's settings, and the web pages that belong to no single
 * capability. It depends on no other module.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "System")
package org.putright.system;

import org.jspecify.annotations.NullMarked;
