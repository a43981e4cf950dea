package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.ProblemKind;

class RuleBrokenTest {

    @Test
    void reportsTheRuleAsAProblemCitingItsProvision() {
        RuleBroken broken = new RuleBroken(
                CodeRule.EXTENSION_AFTER_DEADLINE, "The response was due on 12 March 2025, which has passed.");

        assertThat(broken).isInstanceOf(DomainProblem.class);
        assertThat(broken.kind()).isEqualTo(ProblemKind.RULE_BROKEN);
        assertThat(broken.type()).isEqualTo("extension-after-deadline");
        assertThat(broken.title()).isEqualTo("Extension after the deadline");
        assertThat(broken.detail()).isEqualTo("The response was due on 12 March 2025, which has passed.");
        assertThat(broken.properties()).isEqualTo(Map.of("provision", "6.4"));
        assertThat(broken.rule()).isEqualTo(CodeRule.EXTENSION_AFTER_DEADLINE);
        assertThat(broken.provision()).contains(ProvisionNumber.parse("6.4"));
    }

    @Test
    void citesTheStageTwoProvisionWhenBrokenAtStageTwo() {
        RuleBroken broken = new RuleBroken(CodeRule.EXTENSION_BEYOND_CAP, 2, "25 working days is over the cap of 20.");

        assertThat(broken.properties()).isEqualTo(Map.of("provision", "6.15"));
    }

    @Test
    void aRuleOfTheRecordCitesNoProvision() {
        RuleBroken broken =
                new RuleBroken(RecordRule.TIME_ORDER, "Acknowledged on 3 March, before receipt on 4 March.");

        assertThat(broken.type()).isEqualTo("time-order");
        assertThat(broken.properties()).isEmpty();
        assertThat(broken.provision()).isEmpty();
    }

    @Test
    void onlyARuleTheSystemRefusesCanBeReportedAsBroken() {
        assertThatThrownBy(() -> new RuleBroken(CodeRule.RESPONSE_OVERDUE, "late"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RESPONSE_OVERDUE is MONITORS, not refused.");
        assertThatThrownBy(() -> new RuleBroken(CodeRule.ESCALATION_REASON_NOT_REQUIRED, "no reason"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
