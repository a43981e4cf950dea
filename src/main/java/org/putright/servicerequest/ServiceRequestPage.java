package org.putright.servicerequest;

import java.util.List;

/** One page of service requests, with how many matched in all. */
public record ServiceRequestPage(List<ServiceRequestSummary> items, int page, int size, long total) {

    public ServiceRequestPage {
        items = List.copyOf(items);
    }
}
