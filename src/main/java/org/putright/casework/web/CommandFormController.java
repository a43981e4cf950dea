package org.putright.casework.web;

import java.security.Principal;
import org.putright.complaint.Complaint;
import org.putright.complaint.Definition;
import org.putright.system.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The form of each step, shown at {@code /cases/{reference}/{step}}: empty but for what the
 * complaint already knows. Each kind of step is posted to a controller of its own.
 */
@Controller
@PreAuthorize(Access.WORK)
class CommandFormController {

    private final Caseworkers caseworkers;
    private final CasePages pages;
    private final CommandForms forms;

    CommandFormController(Caseworkers caseworkers, CasePages pages, CommandForms forms) {
        this.caseworkers = caseworkers;
        this.pages = pages;
        this.forms = forms;
    }

    @GetMapping("/cases/{reference}/{command:[a-z]+}")
    String form(@PathVariable String reference, @PathVariable String command, Principal principal, Model model) {
        Command chosen = Command.at(command).orElseThrow(() -> new NotFound("Page", command));
        Complaint complaint = pages.complaint(reference);
        Form form = Form.empty().with("version", complaint.version());
        prefill(chosen, complaint, form, principal);
        return forms.show(chosen, complaint, form, null, model);
    }

    private void prefill(Command command, Complaint complaint, Form form, Principal principal) {
        if (command == Command.ACKNOWLEDGE) {
            if (caseworkers.canHandle(principal.getName())) {
                form.with("handler", principal.getName());
            }
            // Stage 2 restates the definition (5.6); the handler may change it.
            Definition definition = complaint.definition();
            if (definition != null) {
                for (Definition.Point point : definition.points()) {
                    if (point.number() <= CommandForms.POINTS) {
                        form.with("point-" + point.number() + "-summary", point.summary())
                                .with("point-" + point.number() + "-outcome", point.outcomeSought());
                    }
                }
            }
        }
    }
}
