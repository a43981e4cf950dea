package org.putright.servicerequest.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.servicerequest.ComplaintLink;
import org.putright.servicerequest.ProgressUpdate;
import org.putright.servicerequest.RequestChannel;
import org.putright.servicerequest.RequestReview;
import org.putright.servicerequest.ServiceRequest;
import org.putright.servicerequest.ServiceRequestPage;
import org.putright.servicerequest.ServiceRequestQuery;
import org.putright.servicerequest.ServiceRequestReference;
import org.putright.servicerequest.ServiceRequestRepository;
import org.putright.servicerequest.ServiceRequestStatus;
import org.putright.servicerequest.ServiceRequestSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcServiceRequestRepository implements ServiceRequestRepository {

    private static final String LAST_REVIEWED_AT =
            "(select max(v.reviewed_at) from service_request_review v where v.service_request_id = s.id)";

    private final JdbcClient jdbc;

    JdbcServiceRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ServiceRequestReference nextReference(int year) {
        jdbc.sql("insert into service_request_counter (for_year, last_number) values (:year, 0) on conflict do nothing")
                .param("year", year)
                .update();
        jdbc.sql("update service_request_counter set last_number = last_number + 1 where for_year = :year")
                .param("year", year)
                .update();
        long number = jdbc.sql("select last_number from service_request_counter where for_year = :year")
                .param("year", year)
                .query(Long.class)
                .single();
        return ServiceRequestReference.of(year, number);
    }

    @Override
    public void insert(ServiceRequest request) {
        jdbc.sql("""
                        insert into service_request (id, reference, resident_id, category, description, received_at,
                                                     channel, status, target_on, completed_at, completion_note,
                                                     cancelled_at, cancellation_reason, created_at, created_by,
                                                     updated_at, updated_by, version)
                        values (:id, :reference, :residentId, :category, :description, :receivedAt, :channel, :status,
                                :targetOn, :completedAt, :completionNote, :cancelledAt, :cancellationReason,
                                :createdAt, :createdBy, :updatedAt, :updatedBy, :version)
                        """)
                .param("id", request.id())
                .param("reference", request.reference().value())
                .param("residentId", request.residentId())
                .param("category", request.category())
                .param("description", request.description())
                .param("receivedAt", Timestamp.from(request.receivedAt()))
                .param("channel", request.channel().name())
                .param("status", request.status().name())
                .param("targetOn", request.targetOn())
                .param("completedAt", timestamp(request.completedAt()))
                .param("completionNote", request.completionNote())
                .param("cancelledAt", timestamp(request.cancelledAt()))
                .param("cancellationReason", request.cancellationReason())
                .param("createdAt", Timestamp.from(request.createdAt()))
                .param("createdBy", request.createdBy())
                .param("updatedAt", Timestamp.from(request.updatedAt()))
                .param("updatedBy", request.updatedBy())
                .param("version", request.version())
                .update();
    }

    @Override
    public boolean save(ServiceRequest request, long expectedVersion) {
        return jdbc.sql("""
                                update service_request
                                   set status = :status, completed_at = :completedAt, completion_note = :completionNote,
                                       cancelled_at = :cancelledAt, cancellation_reason = :cancellationReason,
                                       updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1
                                 where id = :id and version = :version
                                """)
                        .param("status", request.status().name())
                        .param("completedAt", timestamp(request.completedAt()))
                        .param("completionNote", request.completionNote())
                        .param("cancelledAt", timestamp(request.cancelledAt()))
                        .param("cancellationReason", request.cancellationReason())
                        .param("updatedAt", Timestamp.from(request.updatedAt()))
                        .param("updatedBy", request.updatedBy())
                        .param("id", request.id())
                        .param("version", expectedVersion)
                        .update()
                > 0;
    }

    @Override
    public void append(UUID requestId, ProgressUpdate update) {
        jdbc.sql("""
                        insert into service_request_update (id, service_request_id, happened_at, recorded_by, note,
                                                            new_status, recorded_at)
                        values (:id, :requestId, :at, :by, :note, :status, :recordedAt)
                        """)
                .param("id", update.id())
                .param("requestId", requestId)
                .param("at", Timestamp.from(update.at()))
                .param("by", update.by())
                .param("note", update.note())
                .param(
                        "status",
                        update.status() == null ? null : update.status().name())
                .param("recordedAt", Timestamp.from(update.recordedAt()))
                .update();
    }

    @Override
    public void append(UUID requestId, RequestReview review) {
        jdbc.sql("""
                        insert into service_request_review (id, service_request_id, reviewed_at, reviewed_by, note,
                                                            recorded_at)
                        values (:id, :requestId, :at, :by, :note, :recordedAt)
                        """)
                .param("id", review.id())
                .param("requestId", requestId)
                .param("at", Timestamp.from(review.at()))
                .param("by", review.by())
                .param("note", review.note())
                .param("recordedAt", Timestamp.from(review.recordedAt()))
                .update();
    }

    @Override
    public void append(UUID requestId, ComplaintLink link) {
        jdbc.sql("""
                        insert into service_request_complaint (service_request_id, complaint_reference, linked_at,
                                                               linked_by, recorded_at)
                        values (:requestId, :reference, :at, :by, :recordedAt)
                        """)
                .param("requestId", requestId)
                .param("reference", link.complaintReference())
                .param("at", Timestamp.from(link.linkedAt()))
                .param("by", link.linkedBy())
                .param("recordedAt", Timestamp.from(link.recordedAt()))
                .update();
    }

    @Override
    public Optional<ServiceRequest> find(UUID id) {
        return jdbc.sql("select * from service_request where id = :id")
                .param("id", id)
                .query((rs, n) -> request(rs))
                .optional()
                .map(this::withHistory);
    }

    @Override
    public ServiceRequestPage search(ServiceRequestQuery query, Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        ServiceRequestStatus status = query.status();
        if (status != null) {
            conditions.add("s.status = :status");
            params.put("status", status.name());
        }
        UUID residentId = query.residentId();
        if (residentId != null) {
            conditions.add("s.resident_id = :residentId");
            params.put("residentId", residentId);
        }
        Integer days = query.notReviewedForDays();
        if (days != null) {
            conditions.add("s.status in ('OPEN', 'IN_PROGRESS')");
            conditions.add("coalesce(" + LAST_REVIEWED_AT + ", s.received_at) < :cutoff");
            params.put("cutoff", Timestamp.from(now.minus(Duration.ofDays(days))));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from service_request s" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ServiceRequestSummary> items = jdbc.sql("select s.id, s.reference, s.resident_id, s.category, s.status,"
                        + " s.received_at, s.target_on, s.version, " + LAST_REVIEWED_AT + " as last_reviewed_at"
                        + " from service_request s" + where
                        + " order by s.received_at, s.reference limit :limit offset :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new ServiceRequestSummary(
                        uuid(rs, "id"),
                        new ServiceRequestReference(rs.getString("reference")),
                        uuid(rs, "resident_id"),
                        rs.getString("category"),
                        ServiceRequestStatus.valueOf(rs.getString("status")),
                        instant(rs, "received_at"),
                        rs.getObject("target_on", LocalDate.class),
                        nullableInstant(rs, "last_reviewed_at"),
                        rs.getLong("version")))
                .list();
        return new ServiceRequestPage(items, query.page(), query.size(), total);
    }

    private ServiceRequest withHistory(ServiceRequest request) {
        List<ProgressUpdate> updates = jdbc.sql("""
                        select * from service_request_update where service_request_id = :id
                         order by happened_at, recorded_at, entry_no
                        """)
                .param("id", request.id())
                .query((rs, n) -> new ProgressUpdate(
                        uuid(rs, "id"),
                        instant(rs, "happened_at"),
                        rs.getString("recorded_by"),
                        rs.getString("note"),
                        status(rs.getString("new_status")),
                        instant(rs, "recorded_at")))
                .list();
        List<RequestReview> reviews = jdbc.sql("""
                        select * from service_request_review where service_request_id = :id
                         order by reviewed_at, recorded_at, entry_no
                        """)
                .param("id", request.id())
                .query((rs, n) -> new RequestReview(
                        uuid(rs, "id"),
                        instant(rs, "reviewed_at"),
                        rs.getString("reviewed_by"),
                        rs.getString("note"),
                        instant(rs, "recorded_at")))
                .list();
        List<ComplaintLink> complaints = jdbc.sql("""
                        select * from service_request_complaint where service_request_id = :id
                         order by linked_at, complaint_reference
                        """)
                .param("id", request.id())
                .query((rs, n) -> new ComplaintLink(
                        rs.getString("complaint_reference"),
                        instant(rs, "linked_at"),
                        rs.getString("linked_by"),
                        instant(rs, "recorded_at")))
                .list();
        return new ServiceRequest(
                request.id(),
                request.reference(),
                request.residentId(),
                request.category(),
                request.description(),
                request.receivedAt(),
                request.channel(),
                request.status(),
                request.targetOn(),
                request.completedAt(),
                request.completionNote(),
                request.cancelledAt(),
                request.cancellationReason(),
                request.createdAt(),
                request.createdBy(),
                request.updatedAt(),
                request.updatedBy(),
                request.version(),
                updates,
                reviews,
                complaints);
    }

    private static ServiceRequest request(ResultSet rs) throws SQLException {
        return new ServiceRequest(
                uuid(rs, "id"),
                new ServiceRequestReference(rs.getString("reference")),
                uuid(rs, "resident_id"),
                rs.getString("category"),
                rs.getString("description"),
                instant(rs, "received_at"),
                RequestChannel.valueOf(rs.getString("channel")),
                ServiceRequestStatus.valueOf(rs.getString("status")),
                rs.getObject("target_on", LocalDate.class),
                nullableInstant(rs, "completed_at"),
                rs.getString("completion_note"),
                nullableInstant(rs, "cancelled_at"),
                rs.getString("cancellation_reason"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instant(rs, "updated_at"),
                rs.getString("updated_by"),
                rs.getLong("version"),
                List.of(),
                List.of(),
                List.of());
    }

    private static @Nullable ServiceRequestStatus status(@Nullable String name) {
        return name == null ? null : ServiceRequestStatus.valueOf(name);
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
