package org.putright.selfassessment.evidence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.putright.selfassessment.AssessmentPeriod;
import org.putright.selfassessment.Measure;
import org.putright.selfassessment.SystemEvidence;
import org.putright.selfassessment.SystemEvidenceSource;
import org.putright.servicerequest.ServiceRequestPage;
import org.putright.servicerequest.ServiceRequestQuery;
import org.putright.servicerequest.ServiceRequestSummary;
import org.putright.servicerequest.ServiceRequests;
import org.springframework.stereotype.Component;

/**
 * 1.4: service requests are recorded, monitored and reviewed regularly. Of the requests recorded in
 * the period, those the service request module does not list as overdue a review (open and not
 * reviewed for 14 days, its own rule) count as met.
 */
@Component
class ServiceRequestEvidence implements SystemEvidenceSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int REVIEW_INTERVAL_DAYS = 14;

    private final ServiceRequests requests;

    ServiceRequestEvidence(ServiceRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<SystemEvidence> figures(AssessmentPeriod period, LocalDate computedOn) {
        Set<UUID> recorded = new HashSet<>();
        each(null, request -> {
            if (period.contains(request.receivedAt().atZone(LONDON).toLocalDate())) {
                recorded.add(request.id());
            }
        });
        Set<UUID> overdue = new HashSet<>();
        each(REVIEW_INTERVAL_DAYS, request -> {
            if (recorded.contains(request.id())) {
                overdue.add(request.id());
            }
        });
        return List.of(SystemEvidence.share(
                Measure.SERVICE_REQUESTS_REVIEWED, recorded.size() - overdue.size(), recorded.size(), computedOn));
    }

    private void each(@Nullable Integer notReviewedForDays, Consumer<ServiceRequestSummary> action) {
        int page = 0;
        ServiceRequestPage found;
        do {
            found = requests.search(
                    new ServiceRequestQuery(null, null, notReviewedForDays, page++, ServiceRequests.MAX_PAGE_SIZE));
            found.items().forEach(action);
        } while ((long) page * ServiceRequests.MAX_PAGE_SIZE < found.total());
    }
}
