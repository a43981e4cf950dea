package org.putright.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintPage;
import org.putright.complaint.ComplaintQuery;
import org.putright.complaint.ComplaintSummary;
import org.putright.complaint.Complaints;
import org.springframework.stereotype.Component;

/** Every complaint made by (or about) a resident, whole. */
@Component
class ResidentComplaints {

    private static final int PAGE = 100;

    private final Complaints complaints;

    ResidentComplaints(Complaints complaints) {
        this.complaints = complaints;
    }

    List<Complaint> of(UUID residentId) {
        List<Complaint> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            ComplaintPage results =
                    complaints.list(new ComplaintQuery(null, null, null, null, residentId, null, null, page, PAGE));
            for (ComplaintSummary summary : results.items()) {
                found.add(complaints.get(summary.reference()));
            }
            if (results.totalExact() && (long) (page + 1) * PAGE >= results.total()) {
                return found;
            }
        }
    }
}
