package org.putright.casework.web;

import java.util.Map;
import org.putright.resident.Residents;
import org.putright.servicerequest.ServiceRequest;
import org.putright.servicerequest.ServiceRequestPage;
import org.putright.servicerequest.ServiceRequestQuery;
import org.putright.servicerequest.ServiceRequestStatus;
import org.putright.servicerequest.ServiceRequests;
import org.putright.system.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Service requests: the list by status, and each request with its progress and linked complaints (1.5). */
@Controller
@PreAuthorize(Access.READ)
class ServiceRequestPagesController {

    private final ServiceRequests serviceRequests;
    private final Residents residents;

    ServiceRequestPagesController(ServiceRequests serviceRequests, Residents residents) {
        this.serviceRequests = serviceRequests;
        this.residents = residents;
    }

    @GetMapping("/service-requests")
    String list(@RequestParam Map<String, String> parameters, Model model) {
        Form filters = Form.of(parameters);
        ServiceRequestStatus status = null;
        if (filters.given("status")) {
            try {
                status = ServiceRequestStatus.valueOf(filters.value("status"));
            } catch (IllegalArgumentException e) {
                filters.reject("status", "Choose a status from the list");
            }
        }
        int current = Pagination.requested(parameters);
        ServiceRequestPage found = serviceRequests.search(
                new ServiceRequestQuery(status, null, null, current - 1, WorklistController.PAGE_SIZE));
        model.addAttribute("filters", filters);
        model.addAttribute("found", found);
        model.addAttribute("statuses", ServiceRequestStatus.values());
        model.addAttribute(
                "pagination",
                Pagination.of(current, WorklistController.PAGE_SIZE, found.total(), "/service-requests", parameters));
        return "casework/service-requests";
    }

    @GetMapping("/service-requests/{id}")
    String request(@PathVariable String id, Model model) {
        ServiceRequest request = serviceRequests
                .find(ResidentPagesController.uuid(id))
                .orElseThrow(() -> new NotFound("Service request", id));
        model.addAttribute("request", request);
        model.addAttribute("resident", residents.find(request.residentId()).orElse(null));
        return "casework/service-request";
    }
}
