package org.putright.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.putright.complaint.ComplaintPage;
import org.putright.complaint.ComplaintQuery;
import org.putright.complaint.ComplaintReference;
import org.putright.complaint.ComplaintSummary;
import org.putright.complaint.Complaints;
import org.putright.complaint.Deadlines;
import org.putright.complaint.Status;
import org.putright.resident.Residents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worklist: complaints sorted by the deadline now due, soonest first, so the next breach is
 * always at the top; filtered by stage, status, handler, category and overdue, and searched by
 * reference or by the resident's name, postcode or tenancy reference.
 */
@Controller
@PreAuthorize(Access.READ)
class WorklistController {

    static final int PAGE_SIZE = 25;
    private static final int MAX_SEARCH = 200;

    private final Complaints complaints;
    private final Residents residents;
    private final Caseworkers caseworkers;

    WorklistController(Complaints complaints, Residents residents, Caseworkers caseworkers) {
        this.complaints = complaints;
        this.residents = residents;
        this.caseworkers = caseworkers;
    }

    /** One row of the worklist. */
    record Row(ComplaintSummary complaint, String resident, DeadlineState state) {}

    @GetMapping("/cases")
    String worklist(@RequestParam Map<String, String> parameters, Model model) {
        Form filters = Form.of(parameters);
        Status status = null;
        if (filters.given("status")) {
            try {
                status = Status.valueOf(filters.value("status"));
            } catch (IllegalArgumentException e) {
                filters.reject("status", "Choose a status from the list");
            }
        }
        Integer stage = filters.given("stage") ? filters.number("stage", 1, 2, "Choose stage 1 or 2") : null;
        String handler = filters.optional("handler", 64);
        String category = filters.optional("category", 50);
        boolean overdue = filters.is("overdue", "yes");
        String search = filters.optional("q", MAX_SEARCH);
        int page = Pagination.requested(parameters);
        LocalDate today = complaints.today();
        ComplaintPage found = complaints.list(new ComplaintQuery(
                status,
                stage,
                handler,
                category,
                null,
                overdue ? today : null,
                null,
                search == null ? null : matching(search),
                page - 1,
                PAGE_SIZE));
        // The residents' names in one query, not a whole resident record per row.
        Map<UUID, String> names = residents.namesOf(
                found.items().stream().map(ComplaintSummary::residentId).collect(Collectors.toSet()));
        List<Row> rows = new ArrayList<>();
        for (ComplaintSummary summary : found.items()) {
            String name = names.getOrDefault(summary.residentId(), "");
            Deadlines deadlines = new Deadlines(summary.acknowledgeBy(), summary.respondBy());
            rows.add(new Row(summary, name, DeadlineState.of(deadlines.stateOn(today, complaints.calendar()))));
        }
        model.addAttribute("filters", filters);
        model.addAttribute("rows", rows);
        model.addAttribute("total", found.total());
        model.addAttribute("totalExact", found.totalExact());
        model.addAttribute(
                "pagination", Pagination.of(page, PAGE_SIZE, found.total(), found.totalExact(), "/cases", parameters));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("handlers", caseworkers.handlers());
        return "casework/cases";
    }

    /** A reference finds its complaint; any text finds the complaints of the residents it names. */
    private ComplaintQuery.Matching matching(String search) {
        String upper = search.toUpperCase(Locale.ROOT);
        ComplaintReference reference = ComplaintReference.isValid(upper) ? new ComplaintReference(upper) : null;
        return new ComplaintQuery.Matching(reference, residents.idsMatching(search, Residents.MAX_PAGE_SIZE));
    }
}
