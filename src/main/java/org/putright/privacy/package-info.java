/**
 * Residents' personal data under UK GDPR (ADR 0011): the retention policy (years after a complaint
 * ends, then its personal data is anonymised while the facts reports count stay), subject access
 * exports of everything held about a resident (JSON and tagged PDF), and erasure where the law
 * allows it, refused with the reason where it does not. Everything done is kept in an audit trail.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.putright.privacy;

import org.jspecify.annotations.NullMarked;
