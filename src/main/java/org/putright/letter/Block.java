package org.putright.letter;

import java.util.List;

/** A piece of a letter's section, as plain text: it is escaped when the letter is rendered. */
public sealed interface Block {

    /** Whether the block says anything. */
    boolean isEmpty();

    /** A paragraph of prose. */
    record Paragraph(String text) implements Block {
        @Override
        public boolean isEmpty() {
            return text.isBlank();
        }
    }

    /** A list, numbered or not. */
    record Items(List<String> items, boolean numbered) implements Block {
        public Items {
            items = List.copyOf(items);
        }

        @Override
        public boolean isEmpty() {
            return items.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Lines kept as given, such as contact details; left out of the reading-age measure because
     * they are not sentences.
     */
    record Lines(List<String> lines) implements Block {
        public Lines {
            lines = List.copyOf(lines);
        }

        @Override
        public boolean isEmpty() {
            return lines.stream().allMatch(String::isBlank);
        }
    }
}
