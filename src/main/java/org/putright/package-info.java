@NullMarked
package org.putright;

import org.jspecify.annotations.NullMarked;
