package org.putright.migration;

import java.util.List;

/** One page of imports, newest first. */
public record ImportJobPage(List<ImportJob> items, int page, int size, long total) {

    public ImportJobPage {
        items = List.copyOf(items);
    }
}
