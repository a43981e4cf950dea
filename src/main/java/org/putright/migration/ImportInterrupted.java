package org.putright.migration;

/**
 * An import stopped between two batches because its thread was interrupted, as when the
 * application stops: what was written before is kept, and importing the file again adds the rest.
 */
final class ImportInterrupted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportInterrupted() {
        super("The import was interrupted between two batches");
    }
}
