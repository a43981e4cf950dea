package org.putright.settings.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.putright.code.EditionId;
import org.putright.settings.HomesCount;
import org.putright.settings.LandlordSettings;
import org.putright.settings.LetterSettings;
import org.putright.settings.Logo;
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

    /**
     * The settings and the homes counted each year in one statement: every request that takes a
     * step reads them, and the homes are a handful of rows beside the one of settings.
     */
    @Override
    public LandlordSettings load() {
        LandlordSettings settings = jdbc.sql("""
                        select s.name, s.code_edition, s.ombudsman_contact, s.primary_colour, s.updated_at,
                               s.updated_by, s.version, s.address, s.signature_role, s.do_not_name_staff,
                               s.logo_alt_text, s.escalation_how, s.escalation_within_days, s.logo_content_type,
                               h.reporting_year_start, h.homes
                          from landlord_settings s left join homes_count h on true
                         where s.id = 1
                         order by h.reporting_year_start
                        """).query(JdbcSettingsStore::settings);
        if (settings == null) {
            throw new IllegalStateException("landlord_settings has no row 1: the migrations make it");
        }
        return settings;
    }

    private static @Nullable LandlordSettings settings(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return null;
        }
        Function<List<HomesCount>, LandlordSettings> settingsWithHomes = settingsColumns(rs);
        List<HomesCount> homes = new ArrayList<>();
        do {
            int year = rs.getInt("reporting_year_start");
            if (!rs.wasNull()) {
                homes.add(new HomesCount(new ReportingYear(year), rs.getInt("homes")));
            }
        } while (rs.next());
        return settingsWithHomes.apply(homes);
    }

    /** The settings' own columns, read from the first row; every row repeats them beside one year's homes. */
    private static Function<List<HomesCount>, LandlordSettings> settingsColumns(ResultSet rs) throws SQLException {
        String name = rs.getString("name");
        EditionId edition = new EditionId(rs.getString("code_edition"));
        String ombudsmanContact = rs.getString("ombudsman_contact");
        String primaryColour = rs.getString("primary_colour");
        Instant updatedAt = rs.getTimestamp("updated_at").toInstant();
        String updatedBy = rs.getString("updated_by");
        long version = rs.getLong("version");
        LetterSettings letters = new LetterSettings(
                rs.getString("address"),
                rs.getString("signature_role"),
                rs.getBoolean("do_not_name_staff"),
                rs.getString("logo_content_type") != null,
                rs.getString("logo_alt_text"),
                rs.getString("escalation_how"),
                rs.getObject("escalation_within_days", Integer.class));
        return homes -> new LandlordSettings(
                name, edition, ombudsmanContact, primaryColour, homes, updatedAt, updatedBy, version, letters);
    }

    @Override
    public boolean save(LandlordSettings settings, long expectedVersion) {
        int updated = jdbc.sql("""
                        update landlord_settings
                           set name = :name, code_edition = :edition, ombudsman_contact = :contact,
                               primary_colour = :colour, updated_at = :at, updated_by = :by, version = :newVersion,
                               address = :address, signature_role = :role, do_not_name_staff = :unnamed,
                               logo_alt_text = :alt, escalation_how = :escalationHow,
                               escalation_within_days = :escalationWithin
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
                .param("address", settings.letters().address())
                .param("role", settings.letters().signatureRole())
                .param("unnamed", settings.letters().doNotNameStaff())
                .param("alt", settings.letters().logoAltText())
                .param("escalationHow", settings.letters().escalationHow())
                .param("escalationWithin", settings.letters().escalationWithinWorkingDays())
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

    @Override
    public java.util.Optional<Logo> logo() {
        return jdbc.sql("select logo, logo_content_type from landlord_settings where id = 1 and logo is not null")
                .query((rs, row) -> new Logo(rs.getBytes("logo"), rs.getString("logo_content_type")))
                .optional();
    }

    @Override
    public boolean saveLogo(@Nullable Logo logo, long expectedVersion, Instant at, String by) {
        return jdbc.sql("""
                        update landlord_settings
                           set logo = :logo, logo_content_type = :type, updated_at = :at, updated_by = :by,
                               version = version + 1
                         where id = 1 and version = :expected
                        """)
                        .param("logo", logo == null ? null : logo.content(), java.sql.Types.BINARY)
                        .param("type", logo == null ? null : logo.contentType())
                        .param("at", Timestamp.from(at))
                        .param("by", by)
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }
}
