package org.putright.settings.persistence;

import java.sql.Timestamp;
import java.util.List;
import org.putright.code.EditionId;
import org.putright.settings.HomesCount;
import org.putright.settings.LandlordSettings;
import org.putright.settings.ReportingYear;
import org.putright.settings.SettingsStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSettingsStore implements SettingsStore {

    private final JdbcClient jdbc;

    JdbcSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LandlordSettings load() {
        List<HomesCount> homes = jdbc.sql(
                        "select reporting_year_start, homes from homes_count order by reporting_year_start")
                .query((rs, row) ->
                        new HomesCount(new ReportingYear(rs.getInt("reporting_year_start")), rs.getInt("homes")))
                .list();
        return jdbc.sql("""
                        select name, code_edition, ombudsman_contact, primary_colour, updated_at, updated_by, version
                          from landlord_settings where id = 1
                        """)
                .query((rs, row) -> new LandlordSettings(
                        rs.getString("name"),
                        new EditionId(rs.getString("code_edition")),
                        rs.getString("ombudsman_contact"),
                        rs.getString("primary_colour"),
                        homes,
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by"),
                        rs.getLong("version")))
                .single();
    }

    @Override
    public boolean save(LandlordSettings settings, long expectedVersion) {
        int updated = jdbc.sql("""
                        update landlord_settings
                           set name = :name, code_edition = :edition, ombudsman_contact = :contact,
                               primary_colour = :colour, updated_at = :at, updated_by = :by, version = :newVersion
                         where id = 1 and version = :expected
                        """)
                .param("name", settings.name())
                .param("edition", settings.codeEdition().value())
                .param("contact", settings.ombudsmanContact())
                .param("colour", settings.primaryColour())
                .param("at", Timestamp.from(settings.updatedAt()))
                .param("by", settings.updatedBy())
                .param("newVersion", settings.version())
                .param("expected", expectedVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from homes_count").update();
        for (HomesCount count : settings.homesByReportingYear()) {
            jdbc.sql("insert into homes_count (reporting_year_start, homes) values (:year, :homes)")
                    .param("year", count.reportingYear().startYear())
                    .param("homes", count.homes())
                    .update();
        }
        return true;
    }
}
