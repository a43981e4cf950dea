package org.putright.resident;

import java.util.List;

/** One page of residents found by a search, with how many were found in all. */
public record ResidentPage(List<ResidentSummary> items, int page, int size, long total) {

    public ResidentPage {
        items = List.copyOf(items);
    }
}
