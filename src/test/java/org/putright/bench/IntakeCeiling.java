package org.putright.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The ceiling for intake: every SQL statement Putright issues for one complaint created over the
 * API, in the same order with the same kinds of values, but over one JDBC connection per client,
 * prepared once and run in one transaction per complaint. Nothing of Putright runs: no HTTP, JSON,
 * security, domain or pool. The statements are those PostgreSQL logged for one request
 * ({@code bench/capture-statements.sh}); recheck them there when Putright's persistence changes.
 */
final class IntakeCeiling implements TimedLoad.Operation {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final String TOKEN_AND_HOLDER = "select t.id as token_id, t.username as token_owner,"
            + " t.label as token_label, t.created_at as token_created_at, t.expires_at as token_expires_at,"
            + " t.revoked_at as token_revoked_at, s.username, s.name, s.email, s.compensation_limit, s.enabled,"
            + " s.password_hash is not null as has_password, s.created_at, s.version, r.role"
            + " from api_token t join staff s on s.username = t.username"
            + " left join staff_role r on r.username = s.username where t.token_digest = ?";
    private static final String SETTINGS = """
            select s.name, s.code_edition, s.ombudsman_contact, s.primary_colour, s.updated_at,
                   s.updated_by, s.version, s.address, s.signature_role, s.do_not_name_staff,
                   s.logo_alt_text, s.escalation_how, s.escalation_within_days, s.logo_content_type,
                   h.reporting_year_start, h.homes
              from landlord_settings s left join homes_count h on true
             where s.id = 1
             order by h.reporting_year_start""";
    private static final String RESIDENT_MATCHES = "select 'T' as matched_by, created_at, id, name, email, phone,"
            + " address, postcode, tenancy_reference from resident where tenancy_reference = ?"
            + " union all select 'E' as matched_by, created_at, id, name, email, phone, address, postcode,"
            + " tenancy_reference from resident where email_lower = ?"
            + " order by matched_by desc, created_at, id";
    private static final String INSERT_RESIDENT = """
            insert into resident (id, name, email, email_lower, phone, address, postcode, tenancy_reference,
                                  preferred_channel, preferred_format, format_language,
                                  created_at, created_by, updated_at, updated_by, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String NEXT_SERIAL = "select nextval('complaint_serial')";
    private static final String INSERT_COMPLAINT = "insert into complaint (reference, version, status, stage,"
            + " received_at, channel, resident_id, category, handler, next_deadline, acknowledge_by, respond_by,"
            + " next_update_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp)";
    private static final String INSERT_EVENT = """
            insert into complaint_event
                (reference, sequence, event_type, occurred_at, recorded_at, recorded_by, payload,
                 content_hash, previous_hash, chain_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** The chain's first previous hash, as Putright records it for a complaint's first entry. */
    private static final String GENESIS = "0".repeat(64);

    private static final String INSERT_FACT = "insert into complaint_stage_fact (reference, stage, channel,"
            + " category, resident_id, handler, started_at, started_on, started_month, acknowledge_by,"
            + " acknowledged_at, acknowledged_on, acknowledged_on_time, definition_recorded, respond_by_original,"
            + " respond_by, respond_by_allowed, extension_count, extension_working_days,"
            + " extensions_notified_in_time, extensions_within_cap, extension_letters_issued, responded_at,"
            + " responded_on, responded_month,"
            + " responded_on_time, within_timescale, decision, response_letter_issued, refused_at, refused_on,"
            + " refusal_ground, refusal_reasons_given, refusal_letter_issued, withdrawn_at, withdrawn_on,"
            + " closed_at, closed_on, handler_independent, remedies, financial_remedies, compensation_offered,"
            + " compensation_paid, remedies_with_due_date, remedies_completed, remedies_completed_on_time,"
            + " actions, actions_completed, actions_completed_on_time) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final String tokenDigest;
    private final PreparedStatement tokenAndHolder;
    private final PreparedStatement settings;
    private final PreparedStatement residentMatches;
    private final PreparedStatement insertResident;
    private final PreparedStatement nextSerial;
    private final PreparedStatement insertComplaint;
    private final PreparedStatement insertEvent;
    private final PreparedStatement insertFact;

    IntakeCeiling(String url, String user, String password, String apiToken) throws Exception {
        connection = DriverManager.getConnection(url, user, password);
        tokenDigest = sha256(apiToken);
        tokenAndHolder = connection.prepareStatement(TOKEN_AND_HOLDER);
        settings = connection.prepareStatement(SETTINGS);
        residentMatches = connection.prepareStatement(RESIDENT_MATCHES);
        insertResident = connection.prepareStatement(INSERT_RESIDENT);
        nextSerial = connection.prepareStatement(NEXT_SERIAL);
        insertComplaint = connection.prepareStatement(INSERT_COMPLAINT);
        insertEvent = connection.prepareStatement(INSERT_EVENT);
        insertFact = connection.prepareStatement(INSERT_FACT);
        connection.setAutoCommit(false);
    }

    @Override
    public void run(int thread, long sequence) throws SQLException {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        UUID resident = UUID.randomUUID();
        String email = "ceiling" + thread + "." + sequence + "@example.org";
        try {
            // Authentication, before the transaction in Putright: the token with its holder.
            read(tokenAndHolder, tokenDigest);
            // Finding, then recording, the resident.
            read(residentMatches, "C" + thread + "-" + sequence, email);
            insertResident.setObject(1, resident);
            insertResident.setString(2, "Resident " + thread + "-" + sequence);
            insertResident.setString(3, email);
            insertResident.setString(4, email);
            insertResident.setString(5, "07700 900123");
            insertResident.setString(6, sequence + " Bench Street, Leeds LS1 1AB");
            insertResident.setNull(7, Types.VARCHAR);
            insertResident.setString(8, "C" + thread + "-" + sequence);
            insertResident.setString(9, "EMAIL");
            insertResident.setString(10, "STANDARD");
            insertResident.setNull(11, Types.VARCHAR);
            insertResident.setTimestamp(12, at);
            insertResident.setString(13, "admin");
            insertResident.setTimestamp(14, at);
            insertResident.setString(15, "admin");
            insertResident.setInt(16, 0);
            insertResident.executeUpdate();
            // The complaint: its reference, the summary, its first event, its stage facts (new, so
            // none to delete first).
            long serial;
            try (ResultSet rs = nextSerial.executeQuery()) {
                rs.next();
                serial = rs.getLong(1);
            }
            String reference = "CMP-%d-%06d".formatted(today.getYear(), serial);
            // The landlord's settings (the edition of the Code, for the deadlines), with the homes.
            read(settings);
            LocalDate acknowledgeBy = today.plusDays(7);
            insertComplaint.setString(1, reference);
            insertComplaint.setInt(2, 1);
            insertComplaint.setString(3, "RECEIVED");
            insertComplaint.setInt(4, 1);
            insertComplaint.setTimestamp(5, at);
            insertComplaint.setString(6, "PHONE");
            insertComplaint.setObject(7, resident);
            insertComplaint.setString(8, "REPAIRS");
            insertComplaint.setNull(9, Types.VARCHAR);
            insertComplaint.setDate(10, Date.valueOf(acknowledgeBy));
            insertComplaint.setDate(11, Date.valueOf(acknowledgeBy));
            insertComplaint.setNull(12, Types.DATE);
            insertComplaint.setNull(13, Types.DATE);
            insertComplaint.executeUpdate();
            insertEvent.setString(1, reference);
            insertEvent.setInt(2, 1);
            insertEvent.setString(3, "ComplaintReceived");
            insertEvent.setTimestamp(4, at);
            insertEvent.setTimestamp(5, at);
            insertEvent.setString(6, "admin");
            String payload = payload(now, resident);
            insertEvent.setString(7, payload);
            // The hash chain (ADR 0011): hashes of the same kind and length as Putright's.
            String contentHash = sha256(reference + payload);
            insertEvent.setString(8, contentHash);
            insertEvent.setString(9, GENESIS);
            insertEvent.setString(10, sha256(GENESIS + contentHash));
            insertEvent.executeUpdate();
            insertFact(reference, resident, at, today, acknowledgeBy);
            insertFact.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private void insertFact(String reference, UUID resident, Timestamp at, LocalDate today, LocalDate acknowledgeBy)
            throws SQLException {
        insertFact.setString(1, reference);
        insertFact.setInt(2, 1);
        insertFact.setString(3, "PHONE");
        insertFact.setString(4, "REPAIRS");
        insertFact.setObject(5, resident);
        insertFact.setNull(6, Types.VARCHAR);
        insertFact.setTimestamp(7, at);
        insertFact.setDate(8, Date.valueOf(today));
        insertFact.setInt(9, today.getYear() * 100 + today.getMonthValue());
        insertFact.setDate(10, Date.valueOf(acknowledgeBy));
        insertFact.setNull(11, Types.TIMESTAMP_WITH_TIMEZONE);
        insertFact.setNull(12, Types.DATE);
        insertFact.setNull(13, Types.BOOLEAN);
        insertFact.setBoolean(14, false);
        insertFact.setNull(15, Types.DATE);
        insertFact.setNull(16, Types.DATE);
        insertFact.setNull(17, Types.DATE);
        insertFact.setInt(18, 0);
        insertFact.setInt(19, 0);
        insertFact.setBoolean(20, true);
        insertFact.setBoolean(21, true);
        insertFact.setBoolean(22, true);
        insertFact.setNull(23, Types.TIMESTAMP_WITH_TIMEZONE);
        insertFact.setNull(24, Types.DATE);
        insertFact.setNull(25, Types.INTEGER);
        insertFact.setNull(26, Types.BOOLEAN);
        insertFact.setBoolean(27, false);
        insertFact.setNull(28, Types.VARCHAR);
        insertFact.setBoolean(29, false);
        insertFact.setNull(30, Types.TIMESTAMP_WITH_TIMEZONE);
        insertFact.setNull(31, Types.DATE);
        insertFact.setNull(32, Types.VARCHAR);
        insertFact.setNull(33, Types.BOOLEAN);
        insertFact.setNull(34, Types.BOOLEAN);
        insertFact.setNull(35, Types.TIMESTAMP_WITH_TIMEZONE);
        insertFact.setNull(36, Types.DATE);
        insertFact.setNull(37, Types.TIMESTAMP_WITH_TIMEZONE);
        insertFact.setNull(38, Types.DATE);
        insertFact.setNull(39, Types.BOOLEAN);
        for (int i = 40; i <= 49; i++) {
            insertFact.setInt(i, 0);
        }
        insertFact.setBigDecimal(42, java.math.BigDecimal.ZERO);
        insertFact.setBigDecimal(43, java.math.BigDecimal.ZERO);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String payload(Instant at, UUID resident) {
        return "{\"at\":\"" + at + "\",\"channel\":\"PHONE\",\"residentId\":\"" + resident
                + "\",\"representativeId\":null,\"description\":\"The repair to the boiler reported in October has"
                + " still not been done and the flat is cold.\",\"issueFirstKnownOn\":null,\"category\":\"REPAIRS\","
                + "\"serviceRequestId\":null,\"raisedFrom\":null}";
    }

    private static void read(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        drain(statement);
    }

    /** Reads every column of every row, as Putright's row mappers do. */
    private static void drain(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
