package org.putright.casework.web;

import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.putright.complaint.ActionPlan;
import org.putright.complaint.Complaint;
import org.putright.complaint.Complaints;
import org.putright.complaint.Definition;
import org.putright.complaint.Finding;
import org.putright.complaint.RemedyOffer;
import org.putright.complaint.RemedyType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The response to a stage: a finding on each point of the definition, with the remedies offered
 * and the actions promised, which {@link FollowUpCommandController} then follows through.
 */
@Controller
@PreAuthorize(Access.WORK)
class ResponseCommandController {

    private final Complaints complaints;
    private final Caseworkers caseworkers;
    private final CasePages pages;
    private final CommandForms forms;

    ResponseCommandController(Complaints complaints, Caseworkers caseworkers, CasePages pages, CommandForms forms) {
        this.complaints = complaints;
        this.caseworkers = caseworkers;
        this.pages = pages;
        this.forms = forms;
    }

    @PostMapping("/cases/{reference}/respond")
    String respond(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        Complaint current = pages.complaint(reference);
        List<Finding> findings = new ArrayList<>();
        Definition definition = current.definition();
        if (definition != null) {
            for (Definition.Point point : definition.points()) {
                String upheld = form.value("finding-" + point.number() + "-upheld");
                String reasons = form.optional("finding-" + point.number() + "-reasons", Form.TEXT);
                if (upheld.isEmpty() && reasons == null) {
                    // Left out: the complaint refuses a response without a finding on every point (6.7).
                    continue;
                }
                if (!upheld.equals("yes") && !upheld.equals("no")) {
                    form.reject(
                            "finding-" + point.number() + "-upheld",
                            "Choose whether point " + point.number() + " is upheld");
                    continue;
                }
                findings.add(new Finding(point.number(), upheld.equals("yes"), reasons == null ? "" : reasons));
            }
        }
        List<RemedyOffer> remedies = new ArrayList<>();
        for (int i = 1; i <= CommandForms.REMEDIES; i++) {
            String prefix = "remedy-" + i;
            if (!form.given(prefix + "-type") && !form.given(prefix + "-description")) {
                continue;
            }
            RemedyType type = form.choice(prefix + "-type", RemedyType.class);
            String description = form.required(prefix + "-description", Form.TEXT, "Describe remedy " + i);
            var amount = form.money(prefix + "-amount");
            var due = form.date(prefix + "-due");
            if (type != null) {
                remedies.add(new RemedyOffer(type, description, amount, due));
            }
        }
        List<ActionPlan> actions = new ArrayList<>();
        for (int i = 1; i <= CommandForms.ACTIONS; i++) {
            String prefix = "action-" + i;
            if (!form.given(prefix + "-description")) {
                continue;
            }
            String description = form.required(prefix + "-description", Form.TEXT, "Describe action " + i);
            String owner = form.optional(prefix + "-owner", 64);
            if (owner != null && !caseworkers.canHandle(owner)) {
                form.reject(prefix + "-owner", "Choose a member of staff who handles complaints");
            }
            actions.add(new ActionPlan(description, owner, form.date(prefix + "-due")));
        }
        return forms.perform(
                Command.RESPOND,
                reference,
                form,
                principal,
                model,
                redirect,
                "Response recorded and letter issued",
                (complaint, actor) -> complaint.respond(at, findings, remedies, actions, actor, complaints.now()));
    }
}
