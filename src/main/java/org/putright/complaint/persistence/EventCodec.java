package org.putright.complaint.persistence;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.putright.complaint.ComplaintEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events as JSON and reads them back by their type name. The mapper is the record's own,
 * independent of how the web layer formats JSON, so a change to the API can never change what is
 * stored.
 */
final class EventCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final Map<String, Class<?>> TYPES = Arrays.stream(ComplaintEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private EventCodec() {}

    static String write(ComplaintEvent event) {
        return JSON.writeValueAsString(event);
    }

    static ComplaintEvent read(String type, String payload) {
        Class<?> eventClass = TYPES.get(type);
        if (eventClass == null) {
            throw new IllegalStateException("Unknown complaint event type in the record: " + type);
        }
        return (ComplaintEvent) JSON.readValue(payload, eventClass);
    }
}
