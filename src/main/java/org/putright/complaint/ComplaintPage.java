package org.putright.complaint;

import java.util.List;

/**
 * One page of complaints, sorted by the deadline now due (soonest first; none last).
 *
 * @param total how many complaints match; when {@code totalExact} is false, more than this many
 *     (counting stops at {@code putright.worklist.counted-up-to}, 10,000, or at the end of the page
 *     asked for if that is further, so that a worklist over a million complaints answers at once)
 */
public record ComplaintPage(List<ComplaintSummary> items, int page, int size, long total, boolean totalExact) {

    public ComplaintPage {
        items = List.copyOf(items);
    }
}
