package org.putright.learning.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.putright.learning.Lesson;
import org.putright.learning.LessonStatus;
import org.putright.learning.LessonStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLessonStore implements LessonStore {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String COLUMNS = "id, lesson, you_said, improvement, category, owner, status, made_on,"
            + " recorded_at, recorded_by, updated_at, updated_by, version";

    private final JdbcClient jdbc;

    JdbcLessonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Lesson lesson) {
        jdbc.sql("insert into lesson (" + COLUMNS + ") values (:id, :lesson, :youSaid, :improvement, :category, :owner,"
                        + " :status, :madeOn, :recordedAt, :recordedBy, :updatedAt, :updatedBy, :version)")
                .param("id", lesson.id())
                .param("lesson", lesson.lesson())
                .param("youSaid", lesson.youSaid())
                .param("improvement", lesson.improvement())
                .param("category", lesson.category())
                .param("owner", lesson.owner())
                .param("status", lesson.status().name())
                .param("madeOn", lesson.madeOn())
                .param("recordedAt", Timestamp.from(lesson.recordedAt()))
                .param("recordedBy", lesson.recordedBy())
                .param("updatedAt", Timestamp.from(lesson.updatedAt()))
                .param("updatedBy", lesson.updatedBy())
                .param("version", lesson.version())
                .update();
        insertComplaints(lesson);
    }

    @Override
    public boolean save(Lesson lesson, long expectedVersion) {
        int updated = jdbc.sql("""
                        update lesson set lesson = :lesson, you_said = :youSaid, improvement = :improvement,
                               category = :category, owner = :owner, status = :status, made_on = :madeOn,
                               updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("lesson", lesson.lesson())
                .param("youSaid", lesson.youSaid())
                .param("improvement", lesson.improvement())
                .param("category", lesson.category())
                .param("owner", lesson.owner())
                .param("status", lesson.status().name())
                .param("madeOn", lesson.madeOn())
                .param("updatedAt", Timestamp.from(lesson.updatedAt()))
                .param("updatedBy", lesson.updatedBy())
                .param("id", lesson.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from lesson_complaint where lesson_id = :id")
                .param("id", lesson.id())
                .update();
        insertComplaints(lesson);
        return true;
    }

    @Override
    public Optional<Lesson> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from lesson where id = :id")
                .param("id", id)
                .query(JdbcLessonStore::lesson)
                .optional()
                .map(this::withComplaints);
    }

    @Override
    public List<Lesson> list(@Nullable LessonStatus status) {
        // Two statements rather than ":status is null", whose type PostgreSQL cannot infer.
        String where = status == null ? "" : " where status = :status";
        return jdbc
                .sql("select " + COLUMNS + " from lesson" + where + " order by recorded_at desc, id")
                .param("status", status == null ? "" : status.name())
                .query(JdbcLessonStore::lesson)
                .list()
                .stream()
                .map(this::withComplaints)
                .toList();
    }

    @Override
    public List<Lesson> activeBetween(LocalDate from, LocalDate to) {
        return jdbc
                .sql("select " + COLUMNS + " from lesson where (recorded_at >= :start and recorded_at < :end)"
                        + " or (made_on >= :from and made_on <= :to) order by recorded_at, id")
                .param("start", Timestamp.from(from.atStartOfDay(LONDON).toInstant()))
                .param(
                        "end",
                        Timestamp.from(to.plusDays(1)
                                .atTime(LocalTime.MIDNIGHT)
                                .atZone(LONDON)
                                .toInstant()))
                .param("from", from)
                .param("to", to)
                .query(JdbcLessonStore::lesson)
                .list()
                .stream()
                .map(this::withComplaints)
                .toList();
    }

    private void insertComplaints(Lesson lesson) {
        for (String reference : lesson.complaints()) {
            jdbc.sql("insert into lesson_complaint (lesson_id, complaint_reference) values (:id, :reference)")
                    .param("id", lesson.id())
                    .param("reference", reference)
                    .update();
        }
    }

    /** The complaints are read after the lesson, never while its row is still being read. */
    private Lesson withComplaints(Lesson lesson) {
        List<String> complaints = jdbc.sql("select complaint_reference from lesson_complaint where lesson_id = :id"
                        + " order by complaint_reference")
                .param("id", lesson.id())
                .query(String.class)
                .list();
        return new Lesson(
                lesson.id(),
                lesson.lesson(),
                lesson.youSaid(),
                lesson.improvement(),
                lesson.category(),
                lesson.owner(),
                lesson.status(),
                lesson.madeOn(),
                complaints,
                lesson.recordedAt(),
                lesson.recordedBy(),
                lesson.updatedAt(),
                lesson.updatedBy(),
                lesson.version());
    }

    private static Lesson lesson(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<String> complaints = List.of();
        return new Lesson(
                id,
                rs.getString("lesson"),
                rs.getString("you_said"),
                rs.getString("improvement"),
                rs.getString("category"),
                rs.getString("owner"),
                LessonStatus.valueOf(rs.getString("status")),
                rs.getObject("made_on", LocalDate.class),
                complaints,
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                rs.getLong("version"));
    }
}
