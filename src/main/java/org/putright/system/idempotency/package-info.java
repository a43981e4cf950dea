/** {@code Idempotency-Key} on POST: a retried request returns the first result and creates nothing new. */
@NullMarked
package org.putright.system.idempotency;

import org.jspecify.annotations.NullMarked;
