package org.putright.letter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.putright.letter.Delivery;
import org.putright.letter.Letter;
import org.putright.letter.LetterStore;
import org.putright.letter.LetterType;
import org.putright.letter.Recipient;
import org.putright.letter.UndeliveredLetter;
import org.putright.resident.CommunicationFormat;
import org.putright.resident.ContactChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLetterStore implements LetterStore {

    private static final String COLUMNS = "id, reference, letter_type, stage, event_sequence, issued_at, recorded_at,"
            + " issued_by, recipient_name, recipient_address, recipient_email, recipient_channel, recipient_format,"
            + " on_behalf_of, reading_age, reading_ease, sha256";

    private final JdbcClient jdbc;

    JdbcLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Letter letter, String html, byte[] pdf) {
        Recipient recipient = letter.recipient();
        jdbc.sql("insert into letter (" + COLUMNS + ", large_print, html, pdf) values (:id, :reference, :type, :stage,"
                        + " :sequence, :issuedAt, :recordedAt, :issuedBy, :name, :address, :email, :channel, :format,"
                        + " :onBehalfOf, :readingAge, :readingEase, :sha256, :largePrint, :html, :pdf)")
                .param("id", letter.id())
                .param("reference", letter.reference())
                .param("type", letter.type().name())
                .param("stage", letter.stage())
                .param("sequence", letter.eventSequence())
                .param("issuedAt", Timestamp.from(letter.issuedAt()))
                .param("recordedAt", Timestamp.from(letter.recordedAt()))
                .param("issuedBy", letter.issuedBy())
                .param("name", recipient.name())
                .param("address", recipient.address())
                .param("email", recipient.email())
                .param("channel", recipient.channel().name())
                .param("format", recipient.format().name())
                .param("onBehalfOf", recipient.onBehalfOf())
                .param("readingAge", letter.readingAge())
                .param("readingEase", letter.readingEase())
                .param("sha256", letter.sha256())
                .param("largePrint", letter.largePrint())
                .param("html", html)
                .param("pdf", pdf, java.sql.Types.BINARY)
                .update();
    }

    @Override
    public Optional<Letter> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from letter where id = :id")
                .param("id", id)
                .query((rs, row) -> letter(rs))
                .optional();
    }

    @Override
    public Optional<String> html(UUID id) {
        return jdbc.sql("select html from letter where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<byte[]> pdf(UUID id) {
        return jdbc.sql("select pdf from letter where id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getBytes("pdf"))
                .optional();
    }

    @Override
    public List<Letter> forComplaint(String reference) {
        return jdbc.sql("select " + COLUMNS + " from letter where reference = :reference"
                        + " order by issued_at, event_sequence, recorded_at")
                .param("reference", reference)
                .query((rs, row) -> letter(rs))
                .list();
    }

    @Override
    public void redact(UUID id, String html, byte[] pdf) {
        jdbc.sql("""
                        update letter set recipient_name = '[redacted]', recipient_address = null,
                               recipient_email = null, on_behalf_of = null, html = :html, pdf = :pdf
                         where id = :id
                        """).param("html", html).param("pdf", pdf).param("id", id).update();
        jdbc.sql("update letter_delivery set sent_to = '[redacted]' where letter_id = :id")
                .param("id", id)
                .update();
    }

    @Override
    public void recordDelivery(Delivery delivery) {
        jdbc.sql("insert into letter_delivery (id, letter_id, channel, sent_to, attempted_at, outcome, detail)"
                        + " values (:id, :letter, :channel, :to, :at, :outcome, :detail)")
                .param("id", delivery.id())
                .param("letter", delivery.letter())
                .param("channel", delivery.channel().name())
                .param("to", delivery.sentTo())
                .param("at", Timestamp.from(delivery.attemptedAt()))
                .param("outcome", delivery.outcome().name())
                .param("detail", delivery.detail())
                .update();
    }

    @Override
    public List<Delivery> deliveries(UUID letter) {
        return jdbc.sql("select id, letter_id, channel, sent_to, attempted_at, outcome, detail from letter_delivery"
                        + " where letter_id = :letter order by attempted_at")
                .param("letter", letter)
                .query((rs, row) -> new Delivery(
                        rs.getObject("id", UUID.class),
                        rs.getObject("letter_id", UUID.class),
                        ContactChannel.valueOf(rs.getString("channel")),
                        rs.getString("sent_to"),
                        rs.getTimestamp("attempted_at").toInstant(),
                        Delivery.Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("detail")))
                .list();
    }

    @Override
    public List<UndeliveredLetter> undelivered() {
        return jdbc.sql("select letter_id, count(*) as failures, max(attempted_at) as last_attempt from letter_delivery"
                        + " group by letter_id having sum(case when outcome = 'SENT' then 1 else 0 end) = 0"
                        + " order by last_attempt")
                .query((rs, row) -> new UndeliveredLetter(
                        rs.getObject("letter_id", UUID.class),
                        rs.getInt("failures"),
                        rs.getTimestamp("last_attempt").toInstant()))
                .list();
    }

    private static Letter letter(ResultSet rs) throws SQLException {
        return new Letter(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                LetterType.valueOf(rs.getString("letter_type")),
                rs.getInt("stage"),
                rs.getObject("event_sequence", Integer.class),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("issued_by"),
                new Recipient(
                        rs.getString("recipient_name"),
                        rs.getString("recipient_address"),
                        rs.getString("recipient_email"),
                        ContactChannel.valueOf(rs.getString("recipient_channel")),
                        CommunicationFormat.valueOf(rs.getString("recipient_format")),
                        rs.getString("on_behalf_of")),
                rs.getBigDecimal("reading_age"),
                rs.getBigDecimal("reading_ease"),
                rs.getString("sha256"));
    }
}
