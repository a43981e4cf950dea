/**
 * The landlord's staff: accounts, roles, personal API tokens and how they sign in.
 *
 * <p>Roles decide what each person may do (PRODUCT.md, "Who uses it"): {@link Role#HANDLER}
 * handles complaints, {@link Role#MANAGER} approves and oversees, {@link Role#GOVERNANCE} (the
 * Member Responsible for Complaints and the board, 9.4–9.7) reads reports, and {@link Role#ADMIN}
 * holds every permission. Every change is attributable to a named member of staff (5.12).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Staff and security")
package org.putright.staff;

import org.jspecify.annotations.NullMarked;
