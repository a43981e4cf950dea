/**
 * The figures each part of the record gives as evidence of the Code: service requests (1.4),
 * residents' adjustments kept under review (5.10), complaints (2.1 to 7.3) and learning (9.1).
 */
@NullMarked
package org.putright.selfassessment.evidence;

import org.jspecify.annotations.NullMarked;
