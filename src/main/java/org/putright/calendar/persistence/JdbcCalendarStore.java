package org.putright.calendar.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.putright.calendar.CalendarStore;
import org.putright.calendar.Division;
import org.putright.calendar.NonWorkingDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCalendarStore implements CalendarStore {

    /** Closure days apply whatever the division; the column is part of the key, so it is never null. */
    private static final String ALL_DIVISIONS = "ALL";

    private final JdbcClient jdbc;

    JdbcCalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Division division() {
        return Division.valueOf(jdbc.sql("select division from calendar_setting where id = 1")
                .query(String.class)
                .single());
    }

    @Override
    public long version() {
        return jdbc.sql("select version from calendar_setting where id = 1")
                .query(Long.class)
                .single();
    }

    @Override
    public void changeDivision(Division division) {
        jdbc.sql("update calendar_setting set division = :division, version = version + 1 where id = 1")
                .param("division", division.name())
                .update();
    }

    @Override
    public List<NonWorkingDay> extraDays(Division division) {
        return jdbc.sql("""
                        select on_day, kind, name from non_working_day
                         where (kind = 'CLOSURE_DAY' and division = :all)
                            or (kind = 'ADDED_BANK_HOLIDAY' and division = :division)
                         order by on_day
                        """)
                .param("all", ALL_DIVISIONS)
                .param("division", division.name())
                .query((rs, row) -> new NonWorkingDay(
                        rs.getDate("on_day").toLocalDate(),
                        rs.getString("name"),
                        NonWorkingDay.Kind.valueOf(rs.getString("kind"))))
                .list();
    }

    @Override
    public boolean add(NonWorkingDay day, Division division, Instant at, String by) {
        String scope = scope(day.kind(), division);
        boolean exists = jdbc.sql(
                                "select count(*) from non_working_day where on_day = :day and kind = :kind and division = :scope")
                        .param("day", Date.valueOf(day.date()))
                        .param("kind", day.kind().name())
                        .param("scope", scope)
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("""
                        insert into non_working_day (on_day, kind, division, name, created_at, created_by)
                        values (:day, :kind, :scope, :name, :at, :by)
                        """)
                .param("day", Date.valueOf(day.date()))
                .param("kind", day.kind().name())
                .param("scope", scope)
                .param("name", day.name())
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
        bumpVersion();
        return true;
    }

    @Override
    public boolean remove(LocalDate date, NonWorkingDay.Kind kind, Division division) {
        int removed = jdbc.sql("delete from non_working_day where on_day = :day and kind = :kind and division = :scope")
                .param("day", Date.valueOf(date))
                .param("kind", kind.name())
                .param("scope", scope(kind, division))
                .update();
        if (removed > 0) {
            bumpVersion();
        }
        return removed > 0;
    }

    private void bumpVersion() {
        jdbc.sql("update calendar_setting set version = version + 1 where id = 1")
                .update();
    }

    private static String scope(NonWorkingDay.Kind kind, Division division) {
        return kind == NonWorkingDay.Kind.CLOSURE_DAY ? ALL_DIVISIONS : division.name();
    }
}
