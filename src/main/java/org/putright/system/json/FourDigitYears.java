package org.putright.system.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Refuses a date or time whose year is not four digits. API.md writes dates {@code YYYY-MM-DD}, but
 * java.time also reads expanded years such as {@code +999999999-12-31}: PostgreSQL cannot store
 * them and working-day arithmetic overflows on them, so they became server errors deep inside.
 * Refused here they are a 400 naming the field.
 */
final class FourDigitYears extends ValueDeserializerModifier {

    static final int FIRST_YEAR = 0;
    static final int LAST_YEAR = 9999;

    private static final Set<Class<?>> TEMPORALS =
            Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class, Instant.class);

    @Override
    public ValueDeserializer<?> modifyDeserializer(
            DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        return TEMPORALS.contains(description.getBeanClass()) ? new Checked(deserializer) : deserializer;
    }

    /** Whether the value's year, as written (an instant's in UTC), has four digits. */
    static boolean hasFourDigitYear(Object value) {
        TemporalAccessor temporal = value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : null;
        if (temporal == null && value instanceof TemporalAccessor accessor) {
            temporal = accessor;
        }
        if (temporal == null || !temporal.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = temporal.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public @Nullable Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            Object value = super.deserialize(parser, context);
            if (value != null && !hasFourDigitYear(value)) {
                throw context.weirdStringException(
                        parser.getString(), value.getClass(), "the year must have four digits (0000 to 9999)");
            }
            return value;
        }
    }
}
