package org.putright.code;

/**
 * A rule whose breach is reported as {@link RuleBroken}: either a rule of the Code
 * ({@link CodeRule}) or a rule of keeping a truthful record ({@link RecordRule}).
 */
public sealed interface Rule permits CodeRule, RecordRule {

    /** The problem type reported when the rule bites, such as {@code extension-after-deadline}. */
    String slug();

    /** A few words naming the rule, used as the problem's title. */
    String title();

    /** One plain-English sentence telling staff what the rule requires. */
    String explanation();
}
