package org.putright.code;

import java.util.List;

/**
 * Something that cites provisions of the Code: a rule the system enforces, a piece of
 * self-assessment evidence, a letter paragraph. Implement it on an enum, in any module: a test
 * finds every such enum under {@code org.putright} and checks that each constant cites provisions
 * its edition really has, so a mistyped or renumbered citation fails the build.
 */
public interface CitesProvisions {

    /** The provisions cited, most specific first; never empty. */
    List<ProvisionNumber> provisions();

    /** The edition whose numbering the citations use: the statutory 2024 Code unless stated. */
    default EditionId edition() {
        return EditionId.HOS_2024;
    }
}
