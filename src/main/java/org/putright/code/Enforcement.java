package org.putright.code;

/**
 * How Putright makes a rule of the Code hold. The self-assessment quotes it as evidence, and only
 * a rule the system refuses to break can be reported as {@link RuleBroken}.
 */
public enum Enforcement {
    /** The action that would break the rule is refused with {@link RuleBroken}. */
    REFUSES,
    /**
     * Late is recorded, never refused: the system sets the deadline, warns before it and reports
     * every miss, because refusing a late acknowledgement or response would only delay it more.
     */
    MONITORS,
    /** The system offers no way to break the rule, so it never bites; listed to complete the record. */
    BY_DESIGN
}
