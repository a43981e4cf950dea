/**
 * Reports written the same way by every module that publishes one: an XHTML page with real
 * headings and captioned tables (served as HTML, and rendered as a tagged PDF through
 * {@link org.putright.system.pdf.TaggedPdf}) and a Word document with Word's own heading styles
 * and repeated header rows, so both read well with assistive technology.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("document")
package org.putright.system.document;

import org.jspecify.annotations.NullMarked;
