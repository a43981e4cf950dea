package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimescalesTest {

    private static final ProvisionNumber P = ProvisionNumber.parse("6.2");

    @Test
    void eachStageCountsFromItsOwnStartOrItsAcknowledgement() {
        Timescales timescales = new Timescales(
                stage(CountsFrom.RECEIPT, CountsFrom.RECEIPT),
                stage(CountsFrom.ESCALATION_REQUEST, CountsFrom.ACKNOWLEDGEMENT));

        assertThat(timescales.stage(1).respond().from()).isEqualTo(CountsFrom.RECEIPT);
        assertThat(timescales.provisions()).hasSize(6);
    }

    @Test
    void refusesAStageOneDeadlineCountedFromAnEscalation() {
        assertThatThrownBy(() -> new Timescales(
                        stage(CountsFrom.ESCALATION_REQUEST, CountsFrom.ACKNOWLEDGEMENT),
                        stage(CountsFrom.ESCALATION_REQUEST, CountsFrom.ACKNOWLEDGEMENT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 1 acknowledgement counts from ESCALATION_REQUEST instead of RECEIPT");
    }

    @Test
    void refusesAStageTwoResponseCountedFromTheOriginalReceipt() {
        assertThatThrownBy(() -> new Timescales(
                        stage(CountsFrom.RECEIPT, CountsFrom.ACKNOWLEDGEMENT),
                        stage(CountsFrom.ESCALATION_REQUEST, CountsFrom.RECEIPT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 2 response counts from RECEIPT instead of ESCALATION_REQUEST or ACKNOWLEDGEMENT");
    }

    @Test
    void refusesANonPositiveTimescale() {
        assertThatThrownBy(() -> new Timescale(0, CountsFrom.RECEIPT, P, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExtensionCap(-5, P)).isInstanceOf(IllegalArgumentException.class);
    }

    private static StageTimescales stage(CountsFrom acknowledgeFrom, CountsFrom respondFrom) {
        return new StageTimescales(
                new Timescale(5, acknowledgeFrom, P, null),
                new Timescale(10, respondFrom, P, null),
                new ExtensionCap(10, P));
    }
}
