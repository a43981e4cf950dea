package org.putright.complaint;

import java.util.List;

/** One page of complaints, sorted by the deadline now due (soonest first; none last). */
public record ComplaintPage(List<ComplaintSummary> items, int page, int size, long total) {}
