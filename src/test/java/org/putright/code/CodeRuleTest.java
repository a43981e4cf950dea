package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CodeRuleTest {

    private static final List<Rule> ALL_RULES = Stream.concat(
                    Arrays.stream(CodeRule.values()), Arrays.stream(RecordRule.values()))
            .<Rule>map(rule -> rule)
            .toList();

    @Test
    void slugsAreDistinctKebabCaseProblemTypes() {
        assertThat(ALL_RULES)
                .extracting(Rule::slug)
                .doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(CodeRule.EXTENSION_AFTER_DEADLINE.slug()).isEqualTo("extension-after-deadline");
        assertThat(RecordRule.TIME_ORDER.slug()).isEqualTo("time-order");
    }

    @Test
    void everyRuleHasATitleAndOneSentenceOfExplanation() {
        assertThat(ALL_RULES).allSatisfy(rule -> {
            assertThat(rule.title()).isNotBlank().doesNotEndWith(".");
            assertThat(rule.explanation()).as(rule.slug()).matches("[A-Z].*\\.").doesNotContain(". ");
        });
    }

    @Test
    void aRuleTheCodeRepeatsForStageTwoCitesTheStageTwoProvisionThere() {
        assertThat(CodeRule.EXTENSION_AFTER_DEADLINE.provisionAt(1)).hasToString("6.4");
        assertThat(CodeRule.EXTENSION_AFTER_DEADLINE.provisionAt(2)).hasToString("6.15");
        assertThat(CodeRule.LETTER_INCOMPLETE.provisions())
                .extracting(ProvisionNumber::toString)
                .containsExactly("6.9", "6.19");
        assertThat(CodeRule.REFUSAL_WITHOUT_REASONS.provisionAt(2)).hasToString("5.11");
    }

    @Test
    void aRuleTheCodeStatesOnceCitesTheSameProvisionAtBothStages() {
        assertThat(CodeRule.STAGE_TWO_HANDLER_NOT_INDEPENDENT.provisionAt(1)).hasToString("6.13");
        assertThat(CodeRule.STAGE_TWO_HANDLER_NOT_INDEPENDENT.provisionAt(2)).hasToString("6.13");
        assertThat(CodeRule.ACKNOWLEDGEMENT_WITHOUT_DEFINITION.provisions())
                .extracting(ProvisionNumber::toString)
                .containsExactly("5.6");
    }

    @Test
    void thereIsNoThirdStageToCite() {
        assertThatThrownBy(() -> CodeRule.EXTENSION_BEYOND_CAP.provisionAt(3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlinesAreMonitoredNotRefused() {
        assertThat(CodeRule.ACKNOWLEDGEMENT_OVERDUE.enforcement()).isEqualTo(Enforcement.MONITORS);
        assertThat(CodeRule.RESPONSE_OVERDUE.provisions())
                .extracting(ProvisionNumber::toString)
                .containsExactly("6.3", "6.14");
    }
}
