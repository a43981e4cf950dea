package org.putright.ombudsman.web;

import java.time.LocalDate;
import java.util.UUID;
import org.putright.ombudsman.OmbudsmanCaseQuery;
import org.putright.ombudsman.OmbudsmanCases;
import org.putright.system.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Ombudsman cases as pages for managers and the governing body: the list, and one case in full. */
@Controller
@PreAuthorize("hasRole('MANAGER') or hasRole('GOVERNANCE')")
class OmbudsmanCasePageController {

    private final OmbudsmanCases cases;

    OmbudsmanCasePageController(OmbudsmanCases cases) {
        this.cases = cases;
    }

    @GetMapping("/staff/ombudsman-cases")
    String list(Model model) {
        model.addAttribute(
                "cases",
                cases.search(new OmbudsmanCaseQuery(null, null, null, false, 0, OmbudsmanCases.MAX_PAGE_SIZE))
                        .items());
        model.addAttribute("today", cases.today());
        return "ombudsman/list";
    }

    @GetMapping("/staff/ombudsman-cases/{id}")
    String show(@PathVariable String id, Model model) {
        UUID known;
        try {
            known = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Ombudsman case", id);
        }
        LocalDate today = cases.today();
        model.addAttribute("c", cases.get(known));
        model.addAttribute("today", today);
        return "ombudsman/case";
    }
}
