package org.putright.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void showsHowFarItHasGotAsABarAndACount() {
        ProgressBar bar = new ProgressBar(out, true, 420);
        for (int i = 0; i < 210; i++) {
            bar.advance();
        }

        assertThat(bar.line()).isEqualTo("Demo landlord: [##########----------] 210/420 complaints");
    }

    @Test
    void onATerminalRedrawsOneLineInPlaceAndEndsItBeforeTheSummary() {
        ProgressBar bar = new ProgressBar(out, true, 420);
        bar.start();
        for (int i = 0; i < 420; i++) {
            bar.advance();
        }
        bar.finish("Demo landlord: 420 complaints");

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text.split("\r", -1)).hasSize(422);
        assertThat(text.split("\n", -1)).hasSize(3);
        assertThat(text)
                .endsWith("\rDemo landlord: [####################] 420/420 complaints\n"
                        + "Demo landlord: 420 complaints\n");
    }

    @Test
    void elsewherePrintsALineAtEveryTenthOfTheWayAndNoCarriageReturns() {
        ProgressBar bar = new ProgressBar(out, false, 420);
        bar.start();
        for (int i = 0; i < 420; i++) {
            bar.advance();
        }
        bar.finish("Demo landlord: 420 complaints");

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines())
                .hasSize(12)
                .startsWith("Demo landlord: [--------------------] 0/420 complaints")
                .contains("Demo landlord: [##########----------] 210/420 complaints")
                .endsWith("Demo landlord: [####################] 420/420 complaints", "Demo landlord: 420 complaints");
    }
}
