@NullMarked
package org.putright.system.problem;

import org.jspecify.annotations.NullMarked;
