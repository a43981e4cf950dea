package org.putright.code;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

/**
 * An action was refused because it would break a rule. The problem's type is the rule's slug and,
 * for a rule of the Code, its {@code provision} property cites the provision, so staff and API
 * clients see which part of the Code stopped them.
 */
public final class RuleBroken extends DomainProblem {

    private static final long serialVersionUID = 1L;

    private final Rule rule;
    private final @Nullable ProvisionNumber provision;

    /** The Code rule was broken; cites its stage 1 (or only) provision. */
    public RuleBroken(CodeRule rule, String detail) {
        this(rule, rule.provision(), detail);
    }

    /** The Code rule was broken at this stage; cites the provision for that stage. */
    public RuleBroken(CodeRule rule, int stage, String detail) {
        this(rule, rule.provisionAt(stage), detail);
    }

    /** A rule of the record was broken; no provision to cite. */
    public RuleBroken(RecordRule rule, String detail) {
        this(rule, null, detail);
    }

    private RuleBroken(Rule rule, @Nullable ProvisionNumber provision, String detail) {
        super(ProblemKind.RULE_BROKEN, rule.slug(), rule.title(), detail);
        if (rule instanceof CodeRule codeRule && codeRule.enforcement() != Enforcement.REFUSES) {
            // Reporting a monitored or by-design rule as refused would misstate how it is enforced.
            throw new IllegalArgumentException(codeRule + " is " + codeRule.enforcement() + ", not refused.");
        }
        this.rule = rule;
        this.provision = provision;
    }

    public Rule rule() {
        return rule;
    }

    /** The provision cited, if the rule is one of the Code's. */
    public Optional<ProvisionNumber> provision() {
        return Optional.ofNullable(provision);
    }

    @Override
    public Map<String, Object> properties() {
        return provision == null ? Map.of() : Map.of("provision", provision.toString());
    }
}
