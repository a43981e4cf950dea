package org.putright.ombudsman.web;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one step's page asks for, so that a single template draws every step: a heading, what the
 * step does, groups of fields (a group is a fieldset when it has a legend), and the button.
 */
record StepPage(String title, String intro, String action, String back, String submit, List<Group> groups) {

    /** The first field of the form: where an error not about one field is shown and linked to. */
    String firstField() {
        return groups.get(0).fields().get(0).name();
    }

    /** The label of the field named, or the name itself when the page has no such field. */
    String labelOf(String field) {
        return groups.stream()
                .flatMap(group -> group.fields().stream())
                .filter(f -> f.name().equals(field))
                .map(Field::label)
                .findFirst()
                .orElse(field);
    }

    boolean has(String field) {
        return groups.stream().flatMap(group -> group.fields().stream()).anyMatch(f -> f.name()
                .equals(field));
    }

    /** Fields shown together; with a legend they are a fieldset, e.g. one finding of a determination. */
    record Group(@Nullable String legend, @Nullable String hint, List<Field> fields) {

        static Group of(Field... fields) {
            return new Group(null, null, Arrays.asList(fields));
        }

        static Group titled(String legend, @Nullable String hint, Field... fields) {
            return new Group(legend, hint, Arrays.asList(fields));
        }
    }

    /** One field: its name is also its id, which the error summary links to. */
    record Field(String name, String label, @Nullable String hint, Kind kind, List<Option> options) {

        static Field text(String name, String label, @Nullable String hint) {
            return new Field(name, label, hint, Kind.TEXT, List.of());
        }

        static Field area(String name, String label, @Nullable String hint) {
            return new Field(name, label, hint, Kind.TEXTAREA, List.of());
        }

        static Field date(String name, String label, @Nullable String hint) {
            return new Field(name, label, hint, Kind.DATE, List.of());
        }

        static Field select(String name, String label, @Nullable String hint, List<Option> options) {
            return new Field(name, label, hint, Kind.SELECT, options);
        }

        public boolean isText() {
            return kind == Kind.TEXT;
        }

        public boolean isArea() {
            return kind == Kind.TEXTAREA;
        }

        public boolean isDate() {
            return kind == Kind.DATE;
        }

        public boolean isSelect() {
            return kind == Kind.SELECT;
        }
    }

    enum Kind {
        TEXT,
        TEXTAREA,
        DATE,
        SELECT
    }

    /** A choice of a select: the value sent and the words shown. */
    record Option(String value, String text) {}
}
