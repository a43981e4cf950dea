@NullMarked
@org.springframework.modulith.NamedInterface("problem")
package org.putright.system.problem;

import org.jspecify.annotations.NullMarked;
