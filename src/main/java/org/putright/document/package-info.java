/**
 * Documents kept on the record (5.12): photos, reports, letters received, anything a complaint
 * needs as evidence. Each is stored whole with its SHA-256 checksum, within size and type limits,
 * and never changed or deleted by a normal user.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.putright.document;

import org.jspecify.annotations.NullMarked;
