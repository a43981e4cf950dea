/**
 * Accessible documents every module issues the same way: XHTML text made safe, and XHTML rendered
 * as a tagged PDF (PDF/UA) with its font embedded (ADR 5).
 */
@NullMarked
@org.springframework.modulith.NamedInterface("pdf")
package org.putright.system.pdf;

import org.jspecify.annotations.NullMarked;
