package org.putright.ombudsman;

import java.util.List;

/** One page of listed cases and how many match in all. */
public record OmbudsmanCasePage(List<OmbudsmanCase> items, int page, int size, long total) {

    public OmbudsmanCasePage {
        items = List.copyOf(items);
    }
}
