package org.putright.casework.web;

import java.util.Map;
import java.util.UUID;
import org.putright.complaint.ComplaintQuery;
import org.putright.complaint.Complaints;
import org.putright.resident.Resident;
import org.putright.resident.ResidentPage;
import org.putright.resident.Residents;
import org.putright.servicerequest.ServiceRequestQuery;
import org.putright.servicerequest.ServiceRequests;
import org.putright.system.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Residents: a search, and each resident's page with how they want to be contacted, the
 * adjustments agreed with them (5.10), anything to take care over, and their complaints and
 * service requests.
 */
@Controller
@PreAuthorize(Access.READ)
class ResidentPagesController {

    private final Residents residents;
    private final Complaints complaints;
    private final ServiceRequests serviceRequests;

    ResidentPagesController(Residents residents, Complaints complaints, ServiceRequests serviceRequests) {
        this.residents = residents;
        this.complaints = complaints;
        this.serviceRequests = serviceRequests;
    }

    @GetMapping("/residents")
    String search(@RequestParam Map<String, String> parameters, Model model) {
        Form filters = Form.of(parameters);
        String text = filters.optional("q", Residents.MAX_SEARCH_TEXT);
        int page = Pagination.requested(parameters);
        ResidentPage found = residents.search(text, page - 1, WorklistController.PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("found", found);
        model.addAttribute(
                "pagination",
                Pagination.of(page, WorklistController.PAGE_SIZE, found.total(), "/residents", parameters));
        return "casework/residents";
    }

    @GetMapping("/residents/{id}")
    String resident(@PathVariable String id, Model model) {
        Resident resident = residents.find(uuid(id)).orElseThrow(() -> new NotFound("Resident", id));
        model.addAttribute("resident", resident);
        model.addAttribute("today", residents.today());
        model.addAttribute(
                "complaints",
                complaints
                        .list(new ComplaintQuery(null, null, null, null, resident.id(), null, null, 0, 100))
                        .items());
        model.addAttribute(
                "serviceRequests",
                serviceRequests
                        .search(new ServiceRequestQuery(null, resident.id(), null, 0, 100))
                        .items());
        return "casework/resident";
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Page", id);
        }
    }
}
