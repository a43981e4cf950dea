package org.putright.demo;

import java.util.List;
import org.putright.complaint.Definition;

/**
 * What the demo landlord's residents complain about: how often, in which season, and the {@link
 * Wording} a complaint of each kind is made of. Complaints are put together from those pieces, so
 * no two read quite alike, while every piece is something a real complaints team would write.
 *
 * <p>The order of the constants is part of the demo's data: generators pick a category by walking
 * them in order, so reordering them changes every demo landlord and import file.
 */
@SuppressWarnings("ImmutableEnumChecker") // Its wording holds List.of lists, which cannot change.
enum DemoCategory {
    REPAIRS(34, 0.35, "repairs", RepairsWording.WORDING),
    DAMP_AND_MOULD(16, 0.8, "damp and mould", DampAndMouldWording.WORDING),
    ANTISOCIAL_BEHAVIOUR(9, 0, "anti-social behaviour", AntisocialBehaviourWording.WORDING),
    STAFF_CONDUCT(7, 0, "staff conduct", StaffConductWording.WORDING),
    COMMUNICATION(11, 0, "communication", CommunicationWording.WORDING),
    RENT_AND_CHARGES(8, 0, "rent and charges", RentAndChargesWording.WORDING),
    ESTATE_SERVICES(9, 0, "estate services", EstateServicesWording.WORDING),
    ALLOCATIONS(6, 0, "allocations", AllocationsWording.WORDING);

    private final int weight;
    private final double winterPeak;
    private final String words;
    private final Wording wording;

    DemoCategory(int weight, double winterPeak, String words, Wording wording) {
        this.weight = weight;
        this.winterPeak = winterPeak;
        this.words = words;
        this.wording = wording;
    }

    /** How many complaints in a hundred are of this kind. */
    int weight() {
        return weight;
    }

    /**
     * How much more often this kind of complaint comes in midwinter than on average: 0.8 means 80%
     * more in January and 80% fewer in July. Damp and mould, and repairs, peak in winter.
     */
    double winterPeak() {
        return winterPeak;
    }

    /** The category in words, as a sentence would use it. */
    String words() {
        return words;
    }

    List<Issue> issues() {
        return wording.issues();
    }

    List<String> impacts() {
        return wording.impacts();
    }

    /** Aspects such complaints often raise that are someone else's responsibility (5.7). */
    List<Definition.NotResponsible> notResponsible() {
        return wording.notResponsible();
    }
}
