package org.putright.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.putright.portal.ComplaintIntake;
import org.putright.portal.Receipt;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.putright.system.problem.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /complain}: making a complaint, one question a page (GOV.UK "question pages"), then
 * "check your answers", then the confirmation with the reference and the acknowledgement date.
 * Anyone may complain, for themselves or for someone else (1.3, 3.6); the word "complaint" is
 * never required (1.2); an old issue is explained, never refused here (2.3).
 */
@Controller
@RequestMapping("/complain")
class ComplainController {

    private final ComplaintIntake intake;
    private final AttemptLimits limits;
    private final org.putright.complaint.Complaints complaints;

    ComplainController(ComplaintIntake intake, AttemptLimits limits, org.putright.complaint.Complaints complaints) {
        this.intake = intake;
        this.limits = limits;
        this.complaints = complaints;
    }

    @GetMapping
    String start() {
        return "portal/complain/start";
    }

    @GetMapping("/{step}")
    String question(@PathVariable String step, HttpSession session, Model model) {
        Step question = Step.named(step);
        Answers answers = answers(session);
        if (question == Step.CHECK && !complete(answers)) {
            return "redirect:/complain/" + firstUnanswered(answers).path;
        }
        return show(question, answers, Map.of(), model);
    }

    @PostMapping("/{step}")
    String answer(@PathVariable String step, @RequestParam Map<String, String> form, HttpSession session, Model model) {
        Step question = Step.named(step);
        Answers answers = answers(session);
        for (String field : question.fields) {
            answers.put(field, form.get(field));
        }
        Map<String, String> errors = errors(question, answers);
        if (!errors.isEmpty()) {
            return show(question, answers, errors, model);
        }
        Step next = question.next(answers);
        return "redirect:/complain/" + (complete(answers) && next != Step.CHECK ? Step.CHECK.path : next.path);
    }

    @PostMapping("/check")
    String submit(
            @RequestParam(name = Honeypot.FIELD, required = false) String honeypot,
            HttpServletRequest request,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        Honeypot.check(honeypot);
        Answers answers = answers(session);
        if (!complete(answers)) {
            return "redirect:/complain/" + firstUnanswered(answers).path;
        }
        limits.check(AttemptLimits.Action.SUBMIT_COMPLAINT, request.getRemoteAddr());
        Receipt receipt;
        try {
            receipt = intake.submit(answers.complaint());
        } catch (InvalidInput invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach(error -> errors.put(error.field(), error.message()));
            return show(Step.CHECK, answers, errors, model);
        }
        session.removeAttribute(Answers.SESSION_KEY);
        redirect.addFlashAttribute("receipt", receipt);
        return "redirect:/complain/confirmation";
    }

    @GetMapping("/confirmation")
    String confirmation(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/complain";
        }
        return "portal/complain/confirmation";
    }

    private String show(Step step, Answers answers, Map<String, String> errors, Model model) {
        model.addAttribute("form", answers.all());
        model.addAttribute("errors", errors);
        model.addAttribute("forSomeoneElse", answers.forSomeoneElse());
        model.addAttribute(
                "back", step.previous(answers) == null ? "/complain" : "/complain/" + step.previous(answers).path);
        model.addAttribute("action", "/complain/" + step.path);
        if (step == Step.CONTACT) {
            model.addAttribute("channels", CHANNELS);
            model.addAttribute("formats", FORMATS);
        }
        if (step == Step.CHECK) {
            LocalDate known = answers.firstKnownOn();
            model.addAttribute("firstKnownOn", known);
            model.addAttribute(
                    "olderThanTwelveMonths",
                    known != null && known.isBefore(complaints.today().minusMonths(12)));
            model.addAttribute("channelName", CHANNELS.getOrDefault(answers.get("contactBy"), ""));
            model.addAttribute("formatName", FORMATS.getOrDefault(answers.get("format"), ""));
        }
        return "portal/complain/" + step.path;
    }

    private Map<String, String> errors(Step step, Answers answers) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step) {
            case WHO -> {
                if (!List.of("MYSELF", "SOMEONE_ELSE").contains(answers.get("who"))) {
                    errors.put("who", "Select who the complaint is for");
                }
            }
            case REPRESENTATIVE -> {
                required(errors, answers, "repName", "Enter your full name", 200);
                required(errors, answers, "repRelationship", "Enter your relationship to the resident", 100);
                required(
                        errors,
                        answers,
                        "repAuthority",
                        "Tell us how you have the resident's permission to complain for them",
                        2000);
                if (!answers.has("repEmail") && !answers.has("repPhone")) {
                    errors.put("repEmail", "Enter your email address or phone number so we can reach you");
                }
                email(errors, answers, "repEmail");
                limit(errors, answers, "repPhone", "Phone number", 40);
            }
            case DETAILS -> {
                required(errors, answers, "name", "Enter the full name", 200);
                if (!answers.has("email") && !answers.has("phone") && !answers.has("address")) {
                    errors.put("email", "Enter an email address, phone number or address, so we can reply");
                }
                email(errors, answers, "email");
                limit(errors, answers, "phone", "Phone number", 40);
                limit(errors, answers, "address", "Address", 500);
                limit(errors, answers, "tenancyReference", "Tenancy reference", 50);
            }
            case WHAT_HAPPENED -> required(errors, answers, "whatHappened", "Tell us what happened", 10_000);
            case WHEN -> {
                boolean any = answers.has("day") || answers.has("month") || answers.has("year");
                LocalDate day = answers.firstKnownOn();
                if (any && day == null) {
                    errors.put("day", "Enter a real date, for example 27 3 2026, or leave it blank");
                } else if (day != null && day.isAfter(complaints.today())) {
                    errors.put("day", "The date must be today or in the past");
                } else if (day != null && day.getYear() < 1900) {
                    errors.put("day", "Enter the year as 4 digits, for example 2026");
                }
            }
            case OUTCOME -> required(errors, answers, "outcome", "Tell us what you would like us to do", 5_000);
            case CONTACT -> {
                String channel = answers.get("contactBy");
                if (!CHANNELS.containsKey(channel)) {
                    errors.put("contactBy", "Select how you would like us to contact you");
                } else if (!reachable(ContactChannel.valueOf(channel), answers)) {
                    errors.put(
                            "contactBy",
                            "To be contacted by " + CHANNELS.get(channel).toLowerCase(java.util.Locale.ROOT)
                                    + ", go back and give the " + NEEDS.get(channel));
                }
                if (!FORMATS.containsKey(answers.get("format"))) {
                    errors.put("format", "Select the format you need our letters in");
                } else if ("TRANSLATION".equals(answers.get("format"))) {
                    required(errors, answers, "formatLanguage", "Enter the language you need our letters in", 100);
                }
            }
            case ADJUSTMENTS -> limit(errors, answers, "adjustments", "Adjustments", 2000);
            case CHECK -> {}
        }
        return errors;
    }

    private static boolean reachable(ContactChannel channel, Answers answers) {
        return switch (channel) {
            case EMAIL -> answers.has("email");
            case PHONE -> answers.has("phone");
            case LETTER -> answers.has("address");
            case WEB -> true;
        };
    }

    private static void required(Map<String, String> errors, Answers answers, String field, String message, int max) {
        if (!answers.has(field)) {
            errors.put(field, message);
        } else {
            limit(errors, answers, field, "This answer", max);
        }
    }

    private static void limit(Map<String, String> errors, Answers answers, String field, String what, int max) {
        if (answers.get(field).length() > max) {
            errors.put(field, what + " must be " + max + " characters or fewer");
        }
    }

    private static void email(Map<String, String> errors, Answers answers, String field) {
        if (answers.has(field) && !answers.get(field).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put(field, "Enter an email address in the correct format, like name@example.com");
        } else {
            limit(errors, answers, field, "Email address", 320);
        }
    }

    private boolean complete(Answers answers) {
        return firstUnanswered(answers) == Step.CHECK;
    }

    /** The first question, in order, whose answers are missing or wrong; CHECK when there is none. */
    private Step firstUnanswered(Answers answers) {
        Step step = Step.WHO;
        while (step != Step.CHECK) {
            if (!errors(step, answers).isEmpty() || (step.fields.length > 0 && !answered(step, answers))) {
                return step;
            }
            step = step.next(answers);
        }
        return Step.CHECK;
    }

    /** Optional pages count as answered once visited: their fields are then present, if empty. */
    private static boolean answered(Step step, Answers answers) {
        return answers.all().containsKey(step.fields[0]);
    }

    private static Answers answers(HttpSession session) {
        Object held = session.getAttribute(Answers.SESSION_KEY);
        if (held instanceof Answers answers) {
            return answers;
        }
        Answers answers = new Answers();
        session.setAttribute(Answers.SESSION_KEY, answers);
        return answers;
    }

    private static final Map<String, String> CHANNELS = ordered(
            ContactChannel.EMAIL.name(),
            "Email",
            ContactChannel.PHONE.name(),
            "Phone",
            ContactChannel.LETTER.name(),
            "Letter");

    private static final Map<String, String> NEEDS =
            Map.of("EMAIL", "email address", "PHONE", "phone number", "LETTER", "address");

    private static final Map<String, String> FORMATS = ordered(
            CommunicationFormat.STANDARD.name(), "Standard print",
            CommunicationFormat.LARGE_PRINT.name(), "Large print",
            CommunicationFormat.EASY_READ.name(), "Easy read",
            CommunicationFormat.BRAILLE.name(), "Braille",
            CommunicationFormat.AUDIO.name(), "Audio",
            CommunicationFormat.TRANSLATION.name(), "In another language");

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The questions, in order, each with the fields it asks for. */
    enum Step {
        WHO("who", "who"),
        REPRESENTATIVE("representative", "repName", "repRelationship", "repAuthority", "repEmail", "repPhone"),
        DETAILS("details", "name", "email", "phone", "address", "tenancyReference"),
        WHAT_HAPPENED("what-happened", "whatHappened"),
        WHEN("when", "day", "month", "year"),
        OUTCOME("outcome", "outcome"),
        CONTACT("contact", "contactBy", "format", "formatLanguage"),
        ADJUSTMENTS("adjustments", "adjustments"),
        CHECK("check");

        final String path;
        final String[] fields;

        Step(String path, String... fields) {
            this.path = path;
            this.fields = fields;
        }

        static Step named(String path) {
            for (Step step : values()) {
                if (step.path.equals(path)) {
                    return step;
                }
            }
            throw new org.putright.system.problem.NotFound("Page", path);
        }

        Step next(Answers answers) {
            if (this == WHO && !answers.forSomeoneElse()) {
                return DETAILS;
            }
            return this == CHECK ? CHECK : values()[ordinal() + 1];
        }

        @org.jspecify.annotations.Nullable
        Step previous(Answers answers) {
            if (this == WHO) {
                return null;
            }
            if (this == DETAILS && !answers.forSomeoneElse()) {
                return WHO;
            }
            return values()[ordinal() - 1];
        }
    }
}
