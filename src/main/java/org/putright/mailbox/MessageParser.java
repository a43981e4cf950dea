package org.putright.mailbox;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw email (RFC 5322, MIME) into an {@link InboundMessage}: plain text preferred, HTML
 * turned into text when that is all there is, every part that is a file kept as an attachment,
 * including files inside nested multiparts and forwarded messages.
 */
public final class MessageParser {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final int MAXIMUM_DEPTH = 20;

    private MessageParser() {}

    /** @throws MalformedMessage when it has no usable sender or its parts cannot be read */
    public static InboundMessage parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Sender sender = sender(message);
            String subject = message.getSubject();
            Body body = new Body();
            walk(message, body, 0);
            String plain = body.plain.toString().strip();
            String text = plain.isEmpty() ? HtmlText.of(body.html.toString()) : plain;
            return new InboundMessage(
                    messageId(message),
                    sender,
                    subject == null ? "" : subject.strip(),
                    sentAt(message),
                    text,
                    body.attachments);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (e instanceof MalformedMessage malformed) {
                throw malformed;
            }
            throw new MalformedMessage("cannot be read as an email: " + e.getMessage(), e);
        }
    }

    /** What the headers say, as far as they can be read, for recording a message that cannot be parsed. */
    public static Headers headers(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            String from = message.getHeader("From", ", ");
            String subject = message.getHeader("Subject", " ");
            return new Headers(messageId(message), from, subject == null ? null : decoded(subject), sentAt(message));
        } catch (MessagingException | RuntimeException e) {
            return new Headers(null, null, null, null);
        }
    }

    /** Headers read leniently: any of them may be missing. */
    public record Headers(
            @Nullable String messageId,
            @Nullable String from,
            @Nullable String subject,
            @Nullable Instant sentAt) {}

    private static Sender sender(MimeMessage message) throws MessagingException {
        Address[] from;
        try {
            from = message.getFrom();
        } catch (AddressException e) {
            throw new MalformedMessage("has a From header that is not an address: " + e.getMessage(), e);
        }
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            throw new MalformedMessage("has no sender address (From)");
        }
        String email = address.getAddress();
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new MalformedMessage("has a sender address that is not an email address: " + email);
        }
        return new Sender(email, address.getPersonal());
    }

    private static @Nullable String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id == null || id.isBlank()) {
                return null;
            }
            return id.strip();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static @Nullable Instant sentAt(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAXIMUM_DEPTH) {
            throw new MalformedMessage("nests its parts more than " + MAXIMUM_DEPTH + " deep");
        }
        if (part.isMimeType("multipart/*")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MalformedMessage("says it has several parts but they cannot be read");
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, body, depth + 1);
            }
            return;
        }
        String filename = filename(part);
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null;
        if (!attached && part.isMimeType("text/plain")) {
            append(body.plain, text(part));
        } else if (!attached && part.isMimeType("text/html")) {
            append(body.html, text(part));
        } else {
            body.attachments.add(new InboundAttachment(
                    filename == null && part.isMimeType("message/rfc822") ? "forwarded-message.eml" : filename,
                    contentType(part),
                    part.getInputStream().readAllBytes()));
        }
    }

    private static void append(StringBuilder to, String text) {
        if (!to.isEmpty()) {
            to.append("\n\n");
        }
        to.append(text);
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (UnsupportedEncodingException e) {
            // An unknown charset: UTF-8 keeps ASCII and most modern mail readable.
        }
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static @Nullable String filename(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return decoded(name.strip());
    }

    private static String decoded(String text) {
        try {
            return MimeUtility.decodeText(text);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return text;
        }
    }

    private static String contentType(Part part) throws MessagingException {
        String type = part.getContentType();
        if (type == null) {
            return "application/octet-stream";
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static final class Body {
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private final List<InboundAttachment> attachments = new ArrayList<>();
    }
}
