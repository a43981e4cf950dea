package org.putright.code;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.putright.system.problem.InvalidInput;

/**
 * The number of a provision within its edition, such as 6.14: the section and the item in it.
 *
 * <p>Kept as two numbers rather than a string because provisions are ordered numerically: 6.14
 * comes after 6.2, where a string sort would put it first.
 */
public record ProvisionNumber(int section, int item) implements Comparable<ProvisionNumber> {

    // No leading zeros, so every provision has exactly one spelling and "6.02" cannot pass for 6.2.
    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{0,2})\\.([1-9][0-9]{0,2})");

    private static final Comparator<ProvisionNumber> NUMERIC_ORDER =
            Comparator.comparingInt(ProvisionNumber::section).thenComparingInt(ProvisionNumber::item);

    public ProvisionNumber {
        if (section < 1 || item < 1) {
            throw new InvalidInput("provision", section + "." + item + " is not a provision number like 6.14");
        }
    }

    /** Reads the number as the Code prints it, for example {@code "6.14"}. */
    public static ProvisionNumber parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInput("provision", "'" + text + "' is not a provision number like 6.14");
        }
        return new ProvisionNumber(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public int compareTo(ProvisionNumber other) {
        return NUMERIC_ORDER.compare(this, other);
    }

    /** The number as the Code prints it, for example {@code 6.14}. */
    @Override
    public String toString() {
        return section + "." + item;
    }
}
