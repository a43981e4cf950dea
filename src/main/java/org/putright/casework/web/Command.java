package org.putright.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Lifecycle;
import org.putright.complaint.Status;

/**
 * The steps a handler can take on a complaint from its page, each with its own form. Most are
 * steps of the {@link Lifecycle} and are offered only where the lifecycle opens them; recording
 * correspondence and keeping a document are possible at any time.
 */
enum Command {
    ACKNOWLEDGE("acknowledge", "Acknowledge and define the complaint", Lifecycle.Step.ACKNOWLEDGE, "handler"),
    REFUSE("refuse", "Refuse the complaint", Lifecycle.Step.REFUSE, "ground"),
    CLARIFY("clarify", "Ask the resident to clarify", Lifecycle.Step.REQUEST_CLARIFICATION, "question"),
    EXTEND("extend", "Extend the response deadline", Lifecycle.Step.EXTEND, "workingDays"),
    UPDATES("updates", "Agree how often to update the resident", Lifecycle.Step.AGREE_UPDATES, "every"),
    RESPOND("respond", "Respond to the complaint", Lifecycle.Step.RESPOND, "finding-1-upheld"),
    ESCALATE("escalate", "Record a request for stage 2", Lifecycle.Step.ESCALATE, "reason"),
    WITHDRAW("withdraw", "Record that the resident withdrew", Lifecycle.Step.WITHDRAW, "note"),
    CLOSE("close", "Close the complaint", Lifecycle.Step.CLOSE, "note"),
    ISSUE("issue", "Add an issue the resident raised", Lifecycle.Step.ADD_ISSUE, "summary"),
    CORRESPONDENCE("correspondence", "Record correspondence", null, "direction"),
    DOCUMENT("document", "Keep a document on the record", null, "file");

    private final String path;
    private final String title;
    private final Lifecycle.@Nullable Step step;
    private final String firstField;

    Command(String path, String title, Lifecycle.@Nullable Step step, String firstField) {
        this.path = path;
        this.title = title;
        this.step = step;
        this.firstField = firstField;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    /** The field a refusal that names no field is linked to from the error summary. */
    String firstField() {
        return firstField;
    }

    String template() {
        return "casework/command/" + path;
    }

    boolean openFrom(Status status) {
        return step == null || Lifecycle.after(status, step).isPresent();
    }

    static List<Command> openFrom(Status status, boolean any) {
        List<Command> open = new ArrayList<>();
        for (Command command : values()) {
            if (any || command.openFrom(status)) {
                open.add(command);
            }
        }
        return open;
    }

    static Optional<Command> at(String path) {
        for (Command command : values()) {
            if (command.path.equals(path)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
