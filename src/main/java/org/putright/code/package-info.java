/**
 * The Housing Ombudsman's Complaint Handling Code as data, and the rules Putright enforces from it.
 *
 * <p>An {@link org.putright.code.Edition} (HOS 2024, the statutory edition; HOS 2022 for history)
 * holds the Code's sections and provisions, quoted with attribution under the Open Government
 * Licence, and the timescales the complaint lifecycle uses: acknowledge within 5 working days (6.2,
 * 6.11), respond within 10 and 20 (6.3, 6.14), extend by at most 10 and 20 without good reason (6.4,
 * 6.15). Those numbers live in the edition files, never in code, so a landlord on another edition
 * or scheme gets its own timescales. {@link org.putright.code.CodeEditions} is the registry of
 * editions.
 *
 * <p>{@link org.putright.code.CodeRule} names every rule the system enforces with the provision it
 * implements; other modules raise {@link org.putright.code.RuleBroken} when one bites, and the
 * self-assessment cites the same rules as evidence. This module is plain Java: it depends only on
 * the problem types of {@code system}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Complaint Handling Code")
package org.putright.code;

import org.jspecify.annotations.NullMarked;
