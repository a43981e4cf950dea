package org.putright.mailbox.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.mailbox.Mailbox;
import org.putright.mailbox.MailboxMessage;
import org.putright.system.problem.InvalidInput;
import org.putright.system.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The messages taken from the complaints mailbox, so that staff see what came in and what could
 * not be processed ({@code ?state=FAILED}), and retry a failed one.
 */
@RestController
@RequestMapping("/api/v1/mailbox/messages")
@PreAuthorize("hasRole('HANDLER')")
class MailboxController {

    private final Mailbox mailbox;

    MailboxController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping
    List<MessageView> list(@RequestParam(name = "state", required = false) @Nullable String state) {
        return mailbox.list(state(state)).stream().map(MessageView::of).toList();
    }

    @GetMapping("/{id}")
    MessageView one(@PathVariable String id) {
        return MessageView.of(mailbox.get(id(id)));
    }

    @PostMapping("/{id}/retry")
    MessageView retry(@PathVariable String id) {
        return MessageView.of(mailbox.retry(id(id)));
    }

    private static MailboxMessage.@Nullable State state(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return MailboxMessage.State.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("state", "must be PROCESSED or FAILED");
        }
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Mailbox message", id);
        }
    }

    record AttachmentView(
            @Nullable String filename,
            String contentType,
            long size,
            boolean kept,
            @Nullable UUID document,
            @Nullable String refusal) {}

    record MessageView(
            UUID id,
            @Nullable String messageId,
            @Nullable String sender,
            @Nullable String subject,
            @Nullable Instant sentAt,
            Instant fetchedAt,
            String state,
            @Nullable String outcome,
            @Nullable String complaint,
            @Nullable String complaintHref,
            int attempts,
            Instant lastAttemptAt,
            @Nullable String failure,
            List<AttachmentView> attachments) {

        static MessageView of(MailboxMessage message) {
            String reference = message.complaintReference();
            return new MessageView(
                    message.id(),
                    message.messageId(),
                    message.sender(),
                    message.subject(),
                    message.sentAt(),
                    message.fetchedAt(),
                    message.state().name(),
                    message.outcome() == null ? null : message.outcome().name(),
                    reference,
                    reference == null ? null : "/api/v1/complaints/" + reference,
                    message.attempts(),
                    message.lastAttemptAt(),
                    message.failure(),
                    message.attachments().stream()
                            .map(attachment -> new AttachmentView(
                                    attachment.filename(),
                                    attachment.contentType(),
                                    attachment.size(),
                                    attachment.kept(),
                                    attachment.documentId(),
                                    attachment.refusal()))
                            .toList());
        }
    }
}
