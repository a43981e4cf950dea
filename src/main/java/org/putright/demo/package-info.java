/**
 * The demo landlord: with {@code PUTRIGHT_DEMO} on (the default on the embedded database), an
 * empty database is given a fictional landlord, Riverside Homes, so that Putright can be explored
 * straight after the README's run command: its staff, about 5,000 homes, some 400 residents, and
 * two years of service requests and complaints in every state a real caseload holds.
 *
 * <p>Nothing here writes to the database itself. Residents, service requests and complaints are
 * made through their modules' services, and every complaint is taken step by step through the
 * Complaint aggregate's verbs, so the demo data obeys each rule of the Code the way staff's own
 * work does. {@link org.putright.demo.Caseload} plans the caseload, {@link
 * org.putright.demo.Story} writes each complaint's life as beats in time, and {@link
 * org.putright.demo.Storyteller} tells them to the system up to today. Every choice comes from one
 * seed, so the same seed on the same day gives the same landlord. {@code PUTRIGHT_DEMO=false}
 * starts with an empty landlord.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Demo landlord")
package org.putright.demo;

import org.jspecify.annotations.NullMarked;
