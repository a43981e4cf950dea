package org.putright.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * The parts of the United Kingdom with their own bank holidays. A landlord works to one of them;
 * England and Wales share a list, so a landlord in Wales chooses {@link #ENGLAND_AND_WALES}.
 */
public enum Division {
    ENGLAND_AND_WALES("eng", "england-and-wales"),
    SCOTLAND("sct", "scotland"),
    NORTHERN_IRELAND("nir", "northern-ireland");

    private final String jollydaySubdivision;
    private final String govUkKey;

    Division(String jollydaySubdivision, String govUkKey) {
        this.jollydaySubdivision = jollydaySubdivision;
        this.govUkKey = govUkKey;
    }

    /** The division a landlord works to unless it chooses another. */
    public static Division byDefault() {
        return ENGLAND_AND_WALES;
    }

    /** The subdivision code under which Jollyday's United Kingdom calendar lists this division. */
    public String jollydaySubdivision() {
        return jollydaySubdivision;
    }

    /** The key of this division in the GOV.UK bank holidays file. */
    public String govUkKey() {
        return govUkKey;
    }

    public static Optional<Division> ofGovUkKey(String key) {
        return Arrays.stream(values())
                .filter(division -> division.govUkKey.equals(key))
                .findFirst();
    }
}
