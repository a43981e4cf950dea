package org.putright.migration;

/** Told how far an import has got, after each batch of rows. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * @param phase checking every row, or importing the good ones
     * @param done rows done in this phase
     * @param total rows the phase will do; while checking, unknown until the end (-1)
     */
    void update(Phase phase, long done, long total);

    ImportProgress NONE = (phase, done, total) -> {};

    /** What an import is doing. */
    enum Phase {
        CHECKING,
        IMPORTING
    }
}
