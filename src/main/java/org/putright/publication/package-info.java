/**
 * What the landlord publishes: the self-assessment against the Code with the governing body's
 * response (Code 8.2, 8.3) and, as it lands, the annual complaints performance and service
 * improvement report (8.1). A {@link org.putright.publication.PublishedDocument} is kept exactly as
 * published, in HTML, tagged PDF and DOCX, and listed on the public reports page at
 * {@code /reports}, which needs no sign-in. Modules that produce reports publish through
 * {@link org.putright.publication.Publications} and render their PDFs with
 * {@link org.putright.system.pdf.TaggedPdf}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package org.putright.publication;

import org.jspecify.annotations.NullMarked;
