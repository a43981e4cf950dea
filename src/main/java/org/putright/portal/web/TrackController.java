package org.putright.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.putright.portal.SignIn;
import org.putright.portal.SignIn.CodeRequest;
import org.putright.portal.Tracking;
import org.putright.system.problem.DomainProblem;
import org.putright.system.problem.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /track}: following a complaint. The resident gives the reference and an email address
 * or phone number held for it, types the one-time code we email, and from then on, in this
 * session, sees that complaint and only that one: every page and letter below {@code
 * /track/{reference}} answers "not found" for a reference this session has not proved.
 */
@Controller
@RequestMapping("/track")
class TrackController {

    private static final String VERIFIED = "putright.portal.verified";
    private static final String PENDING_CODE = "putright.portal.code";

    private final SignIn signIn;
    private final Tracking tracking;
    private final AttemptLimits limits;

    TrackController(SignIn signIn, Tracking tracking, AttemptLimits limits) {
        this.signIn = signIn;
        this.tracking = tracking;
        this.limits = limits;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "portal/track/start";
    }

    @PostMapping
    String requestCode(
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(defaultValue = "") String contact,
            @RequestParam(name = Honeypot.FIELD, required = false) String honeypot,
            HttpServletRequest request,
            HttpSession session,
            Model model) {
        Honeypot.check(honeypot);
        Map<String, String> errors = new LinkedHashMap<>();
        if (reference.isBlank()) {
            errors.put("reference", "Enter your complaint reference, like CMP-2026-000123");
        } else if (reference.length() > 40) {
            errors.put("reference", "A complaint reference looks like CMP-2026-000123");
        }
        if (contact.isBlank()) {
            errors.put("contact", "Enter the email address or phone number you gave us");
        } else if (contact.length() > 320) {
            errors.put("contact", "Enter an email address or phone number of 320 characters or fewer");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", Map.of("reference", reference, "contact", contact));
            model.addAttribute("errors", errors);
            return "portal/track/start";
        }
        limits.check(AttemptLimits.Action.REQUEST_CODE, request.getRemoteAddr());
        CodeRequest outcome = signIn.requestCode(reference, contact);
        model.addAttribute("outcome", outcome);
        model.addAttribute("form", Map.of());
        if (outcome instanceof CodeRequest.Sent sent) {
            session.setAttribute(PENDING_CODE, sent.codeId().toString());
            model.addAttribute("maskedEmail", sent.maskedEmail());
            model.addAttribute("askedByPhone", sent.askedByPhone());
        } else {
            session.removeAttribute(PENDING_CODE);
        }
        model.addAttribute("errors", Map.of());
        return outcome instanceof CodeRequest.NoEmailHeld ? "portal/track/no-email" : "portal/track/code";
    }

    @PostMapping("/code")
    String enterCode(@RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
        Object pending = session.getAttribute(PENDING_CODE);
        Optional<String> reference = Optional.empty();
        if (pending instanceof String id && code.length() <= 20) {
            reference = signIn.verify(UUID.fromString(id), code);
        }
        if (reference.isEmpty()) {
            model.addAttribute(
                    "errors",
                    Map.of(
                            "code",
                            "The code is not right, has expired or was already used. Check the"
                                    + " email, or ask for a new code"));
            model.addAttribute("form", Map.of());
            return "portal/track/code";
        }
        session.removeAttribute(PENDING_CODE);
        verified(session).add(reference.get());
        return "redirect:/track/" + reference.get();
    }

    @GetMapping("/{reference}")
    String complaint(@PathVariable String reference, HttpSession session, Model model) {
        mustHaveProved(reference, session);
        model.addAttribute("complaint", tracking.view(reference));
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", Map.of());
        return "portal/track/complaint";
    }

    @GetMapping("/{reference}/letters/{letterId}")
    ResponseEntity<byte[]> letter(@PathVariable String reference, @PathVariable String letterId, HttpSession session) {
        mustHaveProved(reference, session);
        byte[] pdf = tracking.letterPdf(reference, letterId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline()
                                .filename(reference + "-letter.pdf")
                                .build()
                                .toString())
                .header("Cache-Control", "no-store")
                .body(pdf);
    }

    @PostMapping("/{reference}/stage-2")
    String askForStageTwo(
            @PathVariable String reference,
            @RequestParam(defaultValue = "") String reason,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        mustHaveProved(reference, session);
        if (reason.length() > 5000) {
            model.addAttribute("complaint", tracking.view(reference));
            model.addAttribute("form", Map.of("reason", reason));
            model.addAttribute("errors", Map.of("reason", "Your reason must be 5000 characters or fewer"));
            return "portal/track/complaint";
        }
        try {
            tracking.askForStageTwo(reference, reason);
        } catch (DomainProblem refused) {
            model.addAttribute("complaint", tracking.view(reference));
            model.addAttribute("form", Map.of("reason", reason));
            model.addAttribute("errors", Map.of("reason", refused.detail()));
            return "portal/track/complaint";
        }
        redirect.addFlashAttribute("escalated", true);
        return "redirect:/track/" + reference;
    }

    /** Anything not proved in this session is answered as if it did not exist. */
    private static void mustHaveProved(String reference, HttpSession session) {
        if (!verified(session).contains(reference)) {
            throw new NotFound("Complaint", reference);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> verified(HttpSession session) {
        Object held = session.getAttribute(VERIFIED);
        if (held instanceof LinkedHashSet<?> set) {
            return (Set<String>) set;
        }
        Set<String> set = new LinkedHashSet<>();
        session.setAttribute(VERIFIED, set);
        return set;
    }
}
