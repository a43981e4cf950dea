package org.putright.document.rest;

import java.time.Instant;
import java.util.UUID;
import org.putright.document.Document;
import org.putright.document.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves stored documents exactly as they were received, always as a download. */
@RestController
@RequestMapping("/api/v1/documents")
@PreAuthorize("hasRole('HANDLER') or hasRole('GOVERNANCE')")
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/{id}/metadata")
    DocumentView metadata(@PathVariable UUID id) {
        return DocumentView.of(documents.get(id));
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> content(@PathVariable UUID id) {
        Document document = documents.get(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("Digest", "sha-256=" + document.sha256())
                .body(documents.content(id));
    }

    record DocumentView(
            UUID id,
            String filename,
            String contentType,
            long size,
            String sha256,
            Instant uploadedAt,
            String uploadedBy,
            String href) {
        static DocumentView of(Document document) {
            return new DocumentView(
                    document.id(),
                    document.filename(),
                    document.contentType(),
                    document.size(),
                    document.sha256(),
                    document.uploadedAt(),
                    document.uploadedBy(),
                    "/api/v1/documents/" + document.id());
        }
    }
}
