package org.putright.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One edition of a complaint handling code: its provisions, the timescales the complaint lifecycle
 * uses, and the licence and attribution every page that quotes it must carry.
 *
 * <p>An edition cannot be built inconsistent: provision numbers are unique and in the Code's
 * order, and every timescale cites a provision of the same edition. Numbering may have gaps,
 * because the editions are transcribed from the Ombudsman's self-assessment forms, which leave out
 * paragraphs that set no requirement (such as 1.1, and 6.4 and 7.1 of the 2022 Code).
 *
 * @param published the day the publisher issued the edition, where known
 * @param effectiveFrom the day landlords had to comply with it
 */
public record Edition(
        EditionId id,
        String title,
        String publisher,
        @Nullable LocalDate published,
        LocalDate effectiveFrom,
        String licence,
        String attribution,
        Timescales timescales,
        List<Section> sections) {

    public Edition {
        Objects.requireNonNull(id, "the edition has no id");
        requireText(title, id, "title");
        requireText(publisher, id, "publisher");
        Objects.requireNonNull(effectiveFrom, () -> id + " has no effectiveFrom date");
        requireText(licence, id, "licence");
        requireText(attribution, id, "attribution");
        Objects.requireNonNull(timescales, () -> id + " has no timescales");
        Objects.requireNonNull(sections, () -> id + " has no sections");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException(id + " has no sections");
        }
        if (published != null && published.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException(
                    id + " is published on " + published + ", after it takes effect on " + effectiveFrom);
        }
        requireSectionsInOrder(id, sections);
        List<Provision> provisions = provisionsOf(sections);
        requireProvisionsInOrder(id, provisions);
        requireObligationsAllOrNone(id, provisions);
        requireCitedProvisionsExist(id, timescales, provisions);
    }

    /** The provision with this number, if the edition has it. */
    public Optional<Provision> provision(ProvisionNumber number) {
        return provisions().stream()
                .filter(provision -> provision.number().equals(number))
                .findFirst();
    }

    /** Every provision of every section, in the Code's order. */
    public List<Provision> provisions() {
        return provisionsOf(sections);
    }

    public boolean has(ProvisionNumber number) {
        return provision(number).isPresent();
    }

    private static List<Provision> provisionsOf(List<Section> sections) {
        return sections.stream()
                .flatMap(section -> section.provisions().stream())
                .toList();
    }

    private static void requireText(@Nullable String value, EditionId id, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(id + " has no " + field);
        }
    }

    private static void requireSectionsInOrder(EditionId id, List<Section> sections) {
        for (int i = 1; i < sections.size(); i++) {
            int previous = sections.get(i - 1).number();
            int current = sections.get(i).number();
            if (current <= previous) {
                throw new IllegalArgumentException(id + " lists section " + current + " after section " + previous
                        + "; sections must be unique and in ascending order");
            }
        }
    }

    private static void requireProvisionsInOrder(EditionId id, List<Provision> provisions) {
        for (int i = 1; i < provisions.size(); i++) {
            ProvisionNumber previous = provisions.get(i - 1).number();
            ProvisionNumber current = provisions.get(i).number();
            if (current.compareTo(previous) <= 0) {
                throw new IllegalArgumentException(id + " lists provision " + current + " after " + previous
                        + "; provision numbers must be unique and in ascending order");
            }
        }
    }

    // An edition either classifies every provision as must/should or none: a provision left
    // unclassified in a classified edition would silently drop out of the "must" compliance count.
    private static void requireObligationsAllOrNone(EditionId id, List<Provision> provisions) {
        long classified = provisions.stream()
                .filter(provision -> provision.obligation() != null)
                .count();
        if (classified > 0 && classified < provisions.size()) {
            Provision unclassified = provisions.stream()
                    .filter(provision -> provision.obligation() == null)
                    .findFirst()
                    .orElseThrow();
            throw new IllegalArgumentException(id + " classifies some provisions as MUST or SHOULD but not "
                    + unclassified.number() + "; classify all of them or none");
        }
    }

    private static void requireCitedProvisionsExist(EditionId id, Timescales timescales, List<Provision> provisions) {
        for (ProvisionNumber cited : timescales.provisions()) {
            if (provisions.stream().noneMatch(provision -> provision.number().equals(cited))) {
                throw new IllegalArgumentException(
                        id + " has a timescale citing provision " + cited + ", which the edition does not have");
            }
        }
    }
}
