/**
 * Migration import: complaints from a landlord's previous system, read from a CSV file of the
 * documented layout ({@code docs/import.md}), checked in full first, every bad row reported with
 * its line and reason, then taken into the record through the complaint aggregate in large
 * batches. Run from the command line ({@code java -jar putright.jar import file.csv}), from the
 * administrators' page {@code /staff/imports} or the API {@code /api/v1/imports}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Migration import")
package org.putright.migration;

import org.jspecify.annotations.NullMarked;
