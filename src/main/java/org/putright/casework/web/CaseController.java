package org.putright.casework.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.putright.complaint.Complaint;
import org.putright.complaint.ComplaintEvent.DocumentAttached;
import org.putright.complaint.Complaints;
import org.putright.document.Documents;
import org.putright.letter.Letter;
import org.putright.letter.Letters;
import org.putright.system.problem.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The complaint page: everything about one complaint in one place, and the letters and documents on
 * its record. Only what belongs to this complaint is served under its address.
 */
@Controller
@PreAuthorize(Access.READ)
class CaseController {

    /** Letters carry their own print styles; nothing else, no scripts. */
    private static final String LETTER_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    private final Complaints complaints;
    private final CasePages pages;
    private final Letters letters;
    private final Documents documents;

    CaseController(Complaints complaints, CasePages pages, Letters letters, Documents documents) {
        this.complaints = complaints;
        this.pages = pages;
        this.letters = letters;
        this.documents = documents;
    }

    @GetMapping("/cases/{reference}")
    String complaint(@PathVariable String reference, Model model) {
        Complaint complaint = pages.complaint(reference);
        pages.describe(complaint, model);
        model.addAttribute("letters", complaints.letters(complaint.reference()));
        return "casework/case";
    }

    @GetMapping("/cases/{reference}/letters/{id}")
    ResponseEntity<String> letter(@PathVariable String reference, @PathVariable UUID id) {
        Complaint complaint = pages.complaint(reference);
        Letter letter = letters.get(id);
        if (!letter.reference().equals(complaint.reference().value())) {
            throw new NotFound("Letter", id.toString());
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("Content-Security-Policy", LETTER_POLICY)
                .body(letters.html(id));
    }

    @GetMapping("/cases/{reference}/letters/{id}/pdf")
    ResponseEntity<byte[]> letterPdf(@PathVariable String reference, @PathVariable UUID id) {
        Complaint complaint = pages.complaint(reference);
        Letter letter = letters.get(id);
        if (!letter.reference().equals(complaint.reference().value())) {
            throw new NotFound("Letter", id.toString());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(letter.reference() + "-" + letter.type() + ".pdf")
                                .build()
                                .toString())
                .body(letters.pdf(id));
    }

    @GetMapping("/cases/{reference}/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable UUID id) {
        Complaint complaint = pages.complaint(reference);
        DocumentAttached attached = complaint.documents().stream()
                .filter(document -> document.document().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFound("Document", id.toString()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attached.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attached.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(documents.content(id));
    }
}
