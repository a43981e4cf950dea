package org.putright.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.putright.complaint.Lifecycle.Step;

/**
 * Keeps {@code docs/lifecycle.md} drawn from {@link Lifecycle} itself, so the diagram readers see
 * is the table the aggregate obeys. When the two differ the test writes the new drawing and fails,
 * so the change is reviewed and committed rather than drifting.
 */
class LifecycleDiagramTest {

    // Surefire runs from the project directory and says so in "basedir"; an IDE usually does too.
    private static final Path DIAGRAM = Path.of(System.getProperty("basedir", "."), "docs", "lifecycle.md");

    private static final String INTRO = """
            # The complaint lifecycle

            Where a complaint can go from each status, drawn from `Lifecycle`, the one table the
            `Complaint` aggregate obeys (this file is written by `LifecycleDiagramTest`; do not edit
            it by hand). There are exactly two stages and no stage 0 (5.2, 5.3). Each arrow is a step
            that is open from its status; every other step is refused there. A step that is open may
            still be refused by a rule of the Code: for example asking for stage 2 from CLOSED is open
            only when the complaint was closed after its stage 1 response (after the final response
            there is no third stage, 5.3), and a new issue joins the complaint only when it is related
            and raised before the stage 1 response (6.8). Recording correspondence and following up
            remedies and outstanding actions are possible at any time and change no status, so they
            are not drawn.
            """;

    @Test
    void theCommittedDiagramIsTheLifecycleTable() throws IOException {
        String rendered = render();
        String committed = Files.exists(DIAGRAM)
                ? Files.readString(DIAGRAM, StandardCharsets.UTF_8).replace("\r\n", "\n")
                : "";

        if (!committed.equals(rendered)) {
            Files.createDirectories(DIAGRAM.getParent());
            Files.writeString(DIAGRAM, rendered, StandardCharsets.UTF_8);
            fail(DIAGRAM + " did not show the Lifecycle table, so the diagram was regenerated;"
                    + " review it and commit docs/lifecycle.md.");
        }
    }

    @Test
    void everyStatusCanBeReachedFromReceiptAndEveryOpenOneHasAWayOn() {
        Set<Status> reached = EnumSet.of(Status.RECEIVED);
        Deque<Status> toVisit = new ArrayDeque<>(reached);
        while (!toVisit.isEmpty()) {
            for (Status next : Lifecycle.stepsFrom(toVisit.pop()).values()) {
                if (reached.add(next)) {
                    toVisit.push(next);
                }
            }
        }

        assertThat(reached).containsExactlyInAnyOrder(Status.values());
        for (Status status : Status.values()) {
            if (status.isOpen()) {
                assertThat(Lifecycle.stepsFrom(status).values())
                        .as("an open complaint that is %s can move on", status)
                        .anyMatch(next -> next != status);
            }
        }
    }

    /** The intro, then every status's open steps as arrows to where they lead. */
    static String render() {
        StringBuilder diagram = new StringBuilder(INTRO)
                .append('\n')
                .append("```mermaid\n")
                .append("stateDiagram-v2\n")
                .append("    [*] --> ")
                .append(Status.RECEIVED)
                .append('\n');
        for (Status status : Status.values()) {
            // Steps that lead to the same status share one arrow, in the table's order.
            Map<Status, List<Step>> byTarget = new LinkedHashMap<>();
            Lifecycle.stepsFrom(status)
                    .forEach((step, target) -> byTarget.computeIfAbsent(target, t -> new ArrayList<>())
                            .add(step));
            byTarget.forEach((target, steps) -> diagram.append("    ")
                    .append(status)
                    .append(" --> ")
                    .append(target)
                    .append(" : ")
                    .append(steps.stream().map(Step::name).collect(Collectors.joining(", ")))
                    .append('\n'));
        }
        for (Status status : Status.values()) {
            if (!status.isOpen()) {
                diagram.append("    ").append(status).append(" --> [*]\n");
            }
        }
        return diagram.append("```\n").toString();
    }
}
