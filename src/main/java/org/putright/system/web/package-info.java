@NullMarked
package org.putright.system.web;

import org.jspecify.annotations.NullMarked;
