/**
 * Service requests: a resident asking the landlord to put something right, such as a repair. They
 * are not complaints, but they are recorded, monitored and reviewed regularly (1.4): each request
 * keeps its progress updates and reviews, and the requests nobody has reviewed for a while can be
 * listed.
 *
 * <p>When a resident is dissatisfied with the response to a request, a complaint is raised and
 * linked to it, and the request carries on: linking a complaint never closes or changes it (1.5).
 * {@link org.putright.servicerequest.ServiceRequests} is the module's service; the complaint module
 * links complaints through it.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Service requests")
package org.putright.servicerequest;

import org.jspecify.annotations.NullMarked;
