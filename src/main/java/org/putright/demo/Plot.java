package org.putright.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Channel;
import org.putright.complaint.Definition;
import org.putright.complaint.RefusalGround;

/**
 * What is decided about a demo complaint before its story is written: who complains, about what,
 * when, by which channel, and how it is to end. {@link Story#write} turns a plot into beats; every
 * other choice in the story comes from {@code seed}, so the same plot always gives the same story.
 *
 * @param ground the section 2 ground, for a refused complaint or a refused escalation
 * @param serviceRequest the service request the resident is dissatisfied with, if the complaint
 *     was raised from one (1.5)
 * @param loggedAs for a complaint logged from a new issue on another complaint (6.8): the issue,
 *     already received, which becomes its first point
 */
record Plot(
        long seed,
        DemoCategory category,
        Fate fate,
        Channel channel,
        DemoResident resident,
        Instant receivedAt,
        Set<Twist> twists,
        @Nullable RefusalGround ground,
        @Nullable FromServiceRequest serviceRequest,
        Definition.@Nullable PointText loggedAs) {

    Plot {
        twists = Set.copyOf(twists);
    }

    Plot receivedAt(Instant at) {
        return new Plot(seed, category, fate, channel, resident, at, twists, ground, serviceRequest, loggedAs);
    }

    Plot with(Twist twist) {
        return new Plot(
                seed,
                category,
                fate,
                channel,
                resident,
                receivedAt,
                Set.copyOf(plus(twist)),
                ground,
                serviceRequest,
                loggedAs);
    }

    boolean has(Twist twist) {
        return twists.contains(twist);
    }

    private java.util.EnumSet<Twist> plus(Twist twist) {
        java.util.EnumSet<Twist> more = java.util.EnumSet.noneOf(Twist.class);
        more.addAll(twists);
        more.add(twist);
        return more;
    }

    /** The service request a complaint was raised from, as the resident refers to it. */
    record FromServiceRequest(UUID id, String reference, String what, LocalDate requestedOn) {}
}
