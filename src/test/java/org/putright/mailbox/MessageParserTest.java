package org.putright.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageParserTest {

    @Test
    void readsAPlainMessage() {
        InboundMessage message = MessageParser.parse(bytes("""
                From: Ada Lovelace <ada@example.org>
                To: complaints@riverside.example
                Subject: Damp in the bedroom
                Date: Mon, 16 Nov 2026 09:30:00 +0000
                Message-ID: <plain-1@example.org>
                Content-Type: text/plain; charset=UTF-8

                The damp has come back for the third time.
                """));

        assertThat(message.sender()).isEqualTo(new Sender("ada@example.org", "Ada Lovelace"));
        assertThat(message.subject()).isEqualTo("Damp in the bedroom");
        assertThat(message.sentAt()).isEqualTo(Instant.parse("2026-11-16T09:30:00Z"));
        assertThat(message.messageId()).isEqualTo("<plain-1@example.org>");
        assertThat(message.text()).isEqualTo("The damp has come back for the third time.");
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void turnsAnHtmlOnlyMessageIntoText() {
        InboundMessage message = MessageParser.parse(bytes("""
                From: ada@example.org
                Subject: =?UTF-8?Q?Rent_=C2=A3_charged_twice?=
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p {color: red}</style></head><body><p>I was charged &pound;50 twice.</p>
                <p>Please refund it&nbsp;now.<br>Thanks &amp; regards,<br/>Ada</p><script>alert(1)</script></body></html>
                """));

        assertThat(message.subject()).isEqualTo("Rent £ charged twice");
        assertThat(message.sender().name()).isNull();
        assertThat(message.text())
                .isEqualTo("I was charged £50 twice.\n\nPlease refund it now.\nThanks & regards,\nAda");
        assertThat(message.sentAt()).isNull();
        assertThat(message.messageId()).isNull();
    }

    @Test
    void prefersThePlainPartOfAnAlternativeAndKeepsEveryAttachment() {
        InboundMessage message = MessageParser.parse(bytes("""
                From: "Lovelace, Ada" <ada@example.org>
                Subject: Photos of the damp
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=UTF-8

                Photos attached.
                --inner
                Content-Type: text/html; charset=UTF-8

                <p>Photos <b>attached</b>.</p>
                --inner--
                --outer
                Content-Type: application/pdf; name="survey.pdf"
                Content-Disposition: attachment; filename="survey.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcTl8uXr
                --outer
                Content-Type: text/plain; name="notes.txt"
                Content-Disposition: attachment; filename="notes.txt"

                my notes
                --outer--
                """));

        assertThat(message.sender()).isEqualTo(new Sender("ada@example.org", "Lovelace, Ada"));
        assertThat(message.text()).isEqualTo("Photos attached.");
        assertThat(message.attachments()).hasSize(2);
        InboundAttachment survey = message.attachments().get(0);
        assertThat(survey.filename()).isEqualTo("survey.pdf");
        assertThat(survey.contentType()).isEqualTo("application/pdf");
        assertThat(new String(survey.content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
        assertThat(message.attachments().get(1).filename()).isEqualTo("notes.txt");
        assertThat(new String(message.attachments().get(1).content(), StandardCharsets.UTF_8))
                .contains("my notes");
    }

    @Test
    void refusesAMessageWithoutASender() {
        assertThatThrownBy(() -> MessageParser.parse(bytes("""
                        Subject: no one sent this
                        Content-Type: text/plain

                        Hello
                        """)))
                .isInstanceOf(MalformedMessage.class)
                .hasMessageContaining("no sender");
        assertThatThrownBy(() -> MessageParser.parse(bytes("""
                        From: not an address at all
                        Subject: hello

                        Hello
                        """))).isInstanceOf(MalformedMessage.class);
    }

    @Test
    void readsTheHeadersOfAMessageItCannotParseForTheRecord() {
        MessageParser.Headers headers = MessageParser.headers(bytes("""
                Subject: no one sent this
                Message-ID: <broken@example.org>

                Hello
                """));

        assertThat(headers.subject()).isEqualTo("no one sent this");
        assertThat(headers.messageId()).isEqualTo("<broken@example.org>");
        assertThat(headers.from()).isNull();
    }

    @Test
    void aMessageIsKnownAgainByItsMessageIdElseByItsBytes() {
        byte[] one = bytes("Subject: a\n\nbody");
        byte[] other = bytes("Subject: b\n\nbody");

        assertThat(MessageKey.of("<x@example.org>", one)).isEqualTo(MessageKey.of(" <x@example.org> ", other));
        assertThat(MessageKey.of(null, one)).isEqualTo(MessageKey.of(null, one.clone()));
        assertThat(MessageKey.of(null, one)).isNotEqualTo(MessageKey.of(null, other));
        assertThat(MessageKey.of("<x@example.org>", one)).hasSize(64);
    }

    private static byte[] bytes(String message) {
        return message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
