package org.putright.code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.putright.system.problem.NotFound;

/**
 * The editions of the Code that Putright knows, read once from the edition files and checked as
 * they are read, so that bad reference data stops the application at start-up rather than
 * misdating a complaint later.
 */
public final class CodeEditions {

    // Listed rather than discovered: an edition has legal weight, so adding one is a deliberate,
    // reviewed change (see code/README.md), and no stray file on the classpath can join by accident.
    static final List<String> SHIPPED = List.of("code/hos-2024.json", "code/hos-2022.json");

    private final List<Edition> editions;

    private CodeEditions(List<Edition> editions) {
        this.editions = List.copyOf(editions);
    }

    /** The editions shipped with Putright. */
    public static CodeEditions shipped() {
        return load(SHIPPED);
    }

    /** Reads the edition files at these classpath paths; fails on the first invalid one. */
    static CodeEditions load(List<String> resources) {
        EditionReader reader = new EditionReader();
        Map<EditionId, String> sources = new HashMap<>();
        List<Edition> editions = new ArrayList<>();
        for (String resource : resources) {
            Edition edition = reader.read(resource);
            String earlier = sources.putIfAbsent(edition.id(), resource);
            if (earlier != null) {
                throw new IllegalStateException("Code edition file " + resource + " repeats edition " + edition.id()
                        + ", already read from " + earlier + ".");
            }
            editions.add(edition);
        }
        editions.sort(Comparator.comparing(Edition::effectiveFrom).reversed());
        return new CodeEditions(editions);
    }

    /** Every edition, the most recent first. */
    public List<Edition> all() {
        return editions;
    }

    public Optional<Edition> find(EditionId id) {
        return editions.stream().filter(edition -> edition.id().equals(id)).findFirst();
    }

    /** The edition with this id, or a not-found problem naming it. */
    public Edition get(EditionId id) {
        return find(id).orElseThrow(() -> new NotFound("Code edition", id.value()));
    }
}
