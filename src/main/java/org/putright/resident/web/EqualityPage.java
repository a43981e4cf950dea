package org.putright.resident.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.putright.resident.EqualityAnswers;
import org.putright.resident.EqualityCharacteristic;
import org.putright.resident.EqualityRecords;
import org.putright.resident.Resident;
import org.putright.resident.Residents;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident's equality monitoring answers as a form for handlers (3.1, 3.3): each question
 * voluntary, with "prefer not to say" and "not answered" always offered.
 */
@Controller
@PreAuthorize("hasRole('HANDLER')")
class EqualityPage {

    private final EqualityRecords records;
    private final Residents residents;

    EqualityPage(EqualityRecords records, Residents residents) {
        this.records = records;
        this.residents = residents;
    }

    @GetMapping("/residents/{id}/equality")
    String show(@PathVariable String id, Model model) {
        Resident resident = residents.get(uuid(id));
        EqualityAnswers answers = records.of(resident.id());
        Map<String, String> chosen = new java.util.HashMap<>();
        answers.answers().forEach((characteristic, answer) -> chosen.put(characteristic.name(), answer));
        return page(resident, answers, chosen, List.of(), model);
    }

    @PostMapping("/residents/{id}/equality")
    String record(
            @PathVariable String id,
            @RequestParam Map<String, String> submitted,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Resident resident = residents.get(uuid(id));
        Map<EqualityCharacteristic, String> answers = new EnumMap<>(EqualityCharacteristic.class);
        for (EqualityCharacteristic characteristic : EqualityCharacteristic.values()) {
            String answer = submitted.getOrDefault(characteristic.name(), "").strip();
            if (!answer.isEmpty()) {
                answers.put(characteristic, answer);
            }
        }
        try {
            records.record(resident.id(), answers, principal.getName());
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            List<Map.Entry<String, String>> errors = invalid.errors().stream()
                    .map(error -> Map.entry(error.field().replace("answers.", ""), "Choose one of the answers shown"))
                    .toList();
            return page(resident, records.of(resident.id()), Map.of(), errors, model);
        }
        redirect.addFlashAttribute("done", "Equality monitoring answers saved.");
        return "redirect:/residents/" + resident.id() + "/equality";
    }

    private static String page(
            Resident resident,
            EqualityAnswers saved,
            Map<String, String> chosen,
            List<Map.Entry<String, String>> errors,
            Model model) {
        model.addAttribute("resident", resident);
        model.addAttribute("saved", saved);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("characteristics", List.of(EqualityCharacteristic.values()));
        model.addAttribute("preferNotToSay", EqualityCharacteristic.PREFER_NOT_TO_SAY);
        return "resident/equality";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Resident", id.length() > 40 ? id.substring(0, 40) : id);
        }
    }
}
