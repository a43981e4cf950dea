package org.putright.system.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads JSON strings as usual but refuses the NUL character: PostgreSQL cannot store it in text,
 * so accepting it would turn a resident's typing accident into a server error instead of a clear
 * 400 naming the field.
 */
final class TextWithoutNul extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
            throw context.weirdStringException(text, String.class, "contains a NUL character (\\u0000)");
        }
        return text;
    }
}
