package org.putright.casework.web;

import org.putright.complaint.Complaints;
import org.putright.complaint.FollowUps;
import org.putright.complaint.Remedy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following responses through: remedies waiting for a manager's approval because they are over the
 * offering handler's compensation limit, and outstanding actions by due date (6.6, 7.3).
 */
@Controller
@PreAuthorize(Access.READ)
class FollowUpPagesController {

    private static final int LIMIT = 200;

    private final FollowUps followUps;
    private final Complaints complaints;

    FollowUpPagesController(FollowUps followUps, Complaints complaints) {
        this.followUps = followUps;
        this.complaints = complaints;
    }

    @GetMapping("/remedies")
    String awaitingApproval(Model model) {
        model.addAttribute("remedies", followUps.remedies(Remedy.Status.AWAITING_APPROVAL, null, LIMIT));
        return "casework/remedies";
    }

    @GetMapping("/actions")
    String actionsDue(
            @RequestParam(name = "mine", required = false) String mine,
            java.security.Principal principal,
            Model model) {
        boolean onlyMine = "yes".equals(mine);
        model.addAttribute("onlyMine", onlyMine);
        model.addAttribute("today", complaints.today());
        model.addAttribute("actions", followUps.actions(onlyMine ? principal.getName() : null, true, null, LIMIT));
        return "casework/actions";
    }
}
