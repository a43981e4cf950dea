package org.putright.casework.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.complaint.Actor;
import org.putright.complaint.AttachedDocument;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.CorrespondenceRecorded;
import org.putright.complaint.Complaints;
import org.putright.document.Documents;
import org.putright.system.problem.DomainProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is kept on a complaint's record at any stage, outside the lifecycle: correspondence with
 * the resident or others, and documents.
 */
@Controller
@PreAuthorize(Access.WORK)
class CaseRecordController {

    private final Complaints complaints;
    private final Caseworkers caseworkers;
    private final Documents documents;
    private final CasePages pages;
    private final CommandForms forms;

    CaseRecordController(
            Complaints complaints, Caseworkers caseworkers, Documents documents, CasePages pages, CommandForms forms) {
        this.complaints = complaints;
        this.caseworkers = caseworkers;
        this.documents = documents;
        this.pages = pages;
        this.forms = forms;
    }

    @PostMapping("/cases/{reference}/correspondence")
    String correspondence(
            @PathVariable String reference,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.of(fields);
        Instant at = form.when("on", complaints.now());
        CorrespondenceRecorded.Direction direction = form.choice("direction", CorrespondenceRecorded.Direction.class);
        CorrespondenceRecorded.Party party = form.choice("party", CorrespondenceRecorded.Party.class);
        String channel = form.required("channel", 50, "Enter how it was sent, like email or phone");
        String summary = form.required("summary", Form.LINE, "Enter a summary of the correspondence");
        String body = form.optional("body", 100_000);
        return forms.perform(
                Command.CORRESPONDENCE,
                reference,
                form,
                principal,
                model,
                redirect,
                "Correspondence recorded",
                (complaint, actor) -> complaint.recordCorrespondence(
                        at,
                        java.util.Objects.requireNonNull(direction),
                        java.util.Objects.requireNonNull(party),
                        channel,
                        summary,
                        body == null ? "" : body,
                        actor,
                        complaints.now()));
    }

    @PostMapping("/cases/{reference}/document")
    String attachDocument(
            @PathVariable String reference,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam Map<String, String> fields,
            Principal principal,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Form form = Form.of(fields);
        String description = form.optional("description", Form.LINE);
        Complaint complaint = pages.complaint(reference);
        if (file == null || file.isEmpty()) {
            form.reject("file", "Choose a file to keep on the record");
            return forms.show(Command.DOCUMENT, complaint, form, null, model);
        }
        if (form.hasErrors()) {
            return forms.show(Command.DOCUMENT, complaint, form, null, model);
        }
        Actor actor = caseworkers.actor(principal);
        try {
            AttachedDocument attached = AttachedDocument.of(
                    documents.store(file.getOriginalFilename(), file.getBytes(), actor.username()), description);
            complaints.act(
                    complaint.reference(),
                    form.version(),
                    found -> found.attachDocument(attached, complaints.now(), actor, complaints.now()));
        } catch (DomainProblem problem) {
            return forms.refused(Command.DOCUMENT, reference, form, problem, model);
        }
        redirect.addFlashAttribute("done", "Document kept on the record");
        return "redirect:/cases/" + complaint.reference();
    }
}
