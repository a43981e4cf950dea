/**
 * The landlord's settings: its name and colour, the edition of the Complaint Handling Code it
 * follows (HOS 2024 by default, applied to every complaint), the Ombudsman's contact text its
 * letters carry (6.5, 6.16, 6.19), and the homes it owns or manages in each reporting year, from
 * which CH01 and the per-1,000-homes rates are computed. Letters take from here the landlord's
 * address, logo and its alt text, the role that signs them, whether they name individual staff,
 * and how residents ask for stage 2 (6.9 g). The UK division of its working-day calendar is kept
 * by the calendar module and shown here.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Landlord settings")
package org.putright.settings;

import org.jspecify.annotations.NullMarked;
