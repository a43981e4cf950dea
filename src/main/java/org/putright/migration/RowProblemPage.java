package org.putright.migration;

import java.util.List;

/** One page of an import's bad rows, in the order of the file. */
public record RowProblemPage(List<RowProblem> items, int page, int size, long total) {

    public RowProblemPage {
        items = List.copyOf(items);
    }
}
