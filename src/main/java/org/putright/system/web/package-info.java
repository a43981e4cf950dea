@NullMarked
@org.springframework.modulith.NamedInterface("web")
package org.putright.system.web;

import org.jspecify.annotations.NullMarked;
