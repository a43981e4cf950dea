package org.putright.letter;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a letter says, before it is rendered: its type and stage, who it is to, and its sections,
 * each tagged with the {@link LetterItem} it satisfies. Templates place the sections and a few
 * named texts ({@link Text}); whether a paragraph is shown can depend only on the named
 * {@link Condition}s.
 */
public record LetterContent(
        LetterType type,
        int stage,
        String reference,
        Instant issuedAt,
        Recipient recipient,
        String landlordName,
        Map<LetterItem, List<Block>> sections,
        Map<Text, String> texts,
        Set<Condition> conditions) {

    public LetterContent {
        Map<LetterItem, List<Block>> copy = new EnumMap<>(LetterItem.class);
        sections.forEach((item, blocks) -> copy.put(item, List.copyOf(blocks)));
        sections = java.util.Collections.unmodifiableMap(copy);
        texts = Map.copyOf(texts);
        conditions = Set.copyOf(conditions);
    }

    /** The section for an item: empty when the letter has nothing for it. */
    public List<Block> section(LetterItem item) {
        return sections.getOrDefault(item, List.of());
    }

    /** Whether the letter has something to say for the item. */
    public boolean has(LetterItem item) {
        return section(item).stream().anyMatch(block -> !block.isEmpty());
    }

    public @Nullable String text(Text text) {
        return texts.get(text);
    }

    public String title() {
        return type.title(stage);
    }

    /** The same letter without one item, as a template or a record missing it would produce. */
    public LetterContent without(LetterItem item) {
        Map<LetterItem, List<Block>> fewer = new EnumMap<>(LetterItem.class);
        fewer.putAll(sections);
        fewer.remove(item);
        return new LetterContent(type, stage, reference, issuedAt, recipient, landlordName, fewer, texts, conditions);
    }

    /** Short texts a template may place with {@code pr:text="<name>"}; always escaped. */
    public enum Text {
        RECIPIENT_NAME("recipient-name"),
        RESIDENT_NAME("resident-name"),
        REFERENCE("reference"),
        LANDLORD_NAME("landlord-name"),
        STAGE("stage"),
        DATE("date");

        private final String placeholder;

        Text(String placeholder) {
            this.placeholder = placeholder;
        }

        public String placeholder() {
            return placeholder;
        }

        public static java.util.Optional<Text> byPlaceholder(String name) {
            return java.util.Arrays.stream(values())
                    .filter(text -> text.placeholder.equals(name))
                    .findFirst();
        }
    }

    /** What a template may test with {@code pr:if="<name>"}. */
    public enum Condition {
        STAGE_1("stage1"),
        STAGE_2("stage2"),
        REPRESENTATIVE("representative");

        private final String placeholder;

        Condition(String placeholder) {
            this.placeholder = placeholder;
        }

        public String placeholder() {
            return placeholder;
        }

        public static java.util.Optional<Condition> byPlaceholder(String name) {
            return java.util.Arrays.stream(values())
                    .filter(condition -> condition.placeholder.equals(name))
                    .findFirst();
        }
    }
}
