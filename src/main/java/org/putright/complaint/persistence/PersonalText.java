package org.putright.complaint.persistence;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The free text of the record's events, where residents' personal data lives: what the retention
 * policy and erasure replace (ADR 0011). Everything else (times, stages, decisions, categories,
 * amounts, identifiers, staff usernames) is what reports count and stays, so a redacted record
 * still replays to the same complaint and the same stage facts.
 */
final class PersonalText {

    static final String MARKER = "[redacted]";

    /** Field names, at any depth of an event's JSON, that hold free text about the resident. */
    private static final Set<String> FIELDS = Set.of(
            "description",
            "reasons",
            "reason",
            "goodReason",
            "question",
            "how",
            "summary",
            "summaryOfIssue",
            "outcomeSought",
            "residentReason",
            "discretionReason",
            "raisedFrom",
            "note",
            "subject",
            "body",
            "filename",
            "aspect");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PersonalText() {}

    /** The payload with its personal text replaced; the same text when it holds none. */
    static String redact(String payload) {
        JsonNode tree = JSON.readTree(payload);
        return redactIn(tree) ? JSON.writeValueAsString(tree) : payload;
    }

    private static boolean redactIn(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (FIELDS.contains(field.getKey()) && value.isString() && !MARKER.equals(value.asString())) {
                    object.put(field.getKey(), MARKER);
                    changed = true;
                } else {
                    changed |= redactIn(value);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                changed |= redactIn(element);
            }
        }
        return changed;
    }
}
