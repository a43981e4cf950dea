/** How request JSON is read: text that no database column can hold is refused as bad input. */
@NullMarked
package org.putright.system.json;

import org.jspecify.annotations.NullMarked;
