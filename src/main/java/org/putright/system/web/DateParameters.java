package org.putright.system.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a date in a path or query parameter as API.md writes it, {@code YYYY-MM-DD}, and nothing
 * else. Spring's ISO format also reads expanded years such as {@code +999999999-12-31}, which
 * PostgreSQL cannot compare or store; refused here, such a date is a 400 naming the parameter.
 * This applies to parameters with and without {@code @DateTimeFormat}.
 */
@Configuration(proxyBeanMethods = false)
class DateParameters implements WebMvcConfigurer {

    /** Exactly four digits of year, two of month and two of day; February 30th does not exist. */
    static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Formatter<LocalDate> FORMATTER = new Formatter<>() {
        @Override
        public LocalDate parse(String text, Locale locale) throws ParseException {
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                throw new ParseException("Not a date written YYYY-MM-DD: " + text, e.getErrorIndex());
            }
        }

        @Override
        public String print(LocalDate date, Locale locale) {
            return DATE.format(date);
        }
    };

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Registered after Spring Boot's own, so these are the ones consulted first.
        registry.addFormatterForFieldType(LocalDate.class, FORMATTER);
        registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DateTimeFormat>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return Set.of(LocalDate.class);
            }

            @Override
            public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
                return FORMATTER;
            }

            @Override
            public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
                return FORMATTER;
            }
        });
    }
}
