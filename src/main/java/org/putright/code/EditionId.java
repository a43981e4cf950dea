package org.putright.code;

import java.util.regex.Pattern;
import org.putright.system.problem.InvalidInput;

/**
 * Names one edition of one complaint handling scheme: the scheme's short name and the year of the
 * edition, such as {@code HOS-2024}. Other schemes (the LGSCO code, the SPSO model procedure) get
 * their own prefix.
 */
public record EditionId(String value) {

    // Declared before the constants below, which need it while the class initialises.
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*-[0-9]{4}");

    /** The Housing Ombudsman's Complaint Handling Code of 2024, statutory from 1 April 2024. */
    public static final EditionId HOS_2024 = new EditionId("HOS-2024");

    /** The Housing Ombudsman's Complaint Handling Code of 2022, which the 2024 Code replaced. */
    public static final EditionId HOS_2022 = new EditionId("HOS-2022");

    public EditionId {
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInput("edition", "'" + value + "' is not an edition like HOS-2024");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
