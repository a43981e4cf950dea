package org.putright.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.putright.calendar.InMemoryCalendars;
import org.putright.code.CodeEditions;
import org.putright.code.EditionId;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SettingsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private static final EditionId HOS_2022 = new EditionId("HOS-2022");
    private static final EditionId HOS_2024 = new EditionId("HOS-2024");

    private final CountingStore store = new CountingStore();
    private final List<EditionId> editionsHeardOfWithTheChange = new ArrayList<>();
    private final Settings settings = new Settings(
            store,
            CodeEditions.shipped(),
            InMemoryCalendars.englandAndWales(CLOCK),
            event -> editionsHeardOfWithTheChange.add(current().codeEdition()),
            CLOCK);

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRequestReadsTheSettingsOnceHoweverOftenItAsks() {
        inARequest();

        settings.current();
        settings.edition();
        settings.brand();

        assertThat(store.loads).isEqualTo(1);
    }

    @Test
    void eachRequestReadsThemAfresh() {
        inARequest();
        settings.current();
        inARequest();
        settings.current();

        assertThat(store.loads).isEqualTo(2);
    }

    @Test
    void withoutARequestEveryAskReadsThem() {
        settings.current();
        settings.edition();

        assertThat(store.loads).isEqualTo(2);
    }

    @Test
    void aChangeIsSeenByTheRestOfItsRequestAndByThoseToldOfIt() {
        inARequest();
        assertThat(settings.edition().id()).isEqualTo(HOS_2024);

        LandlordSettings changed =
                settings.change(new SettingsChange(null, null, HOS_2022, null, null, null), null, "admin");

        assertThat(changed.codeEdition()).isEqualTo(HOS_2022);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(settings.edition().id()).isEqualTo(HOS_2022);
        // Those who recompute deadlines when the edition changes do so with the new one.
        assertThat(editionsHeardOfWithTheChange).containsExactly(HOS_2022);
    }

    private LandlordSettings current() {
        return settings.current();
    }

    private static void inARequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    /** The settings row in memory, counting how often it is read. */
    private static final class CountingStore implements SettingsStore {

        private LandlordSettings saved = new LandlordSettings(
                LandlordSettings.DEFAULT_NAME,
                HOS_2024,
                LandlordSettings.DEFAULT_OMBUDSMAN_CONTACT,
                LandlordSettings.DEFAULT_COLOUR,
                List.of(),
                CLOCK.instant(),
                "putright",
                1,
                new LetterSettings(
                        null,
                        LetterSettings.DEFAULT_SIGNATURE_ROLE,
                        false,
                        false,
                        null,
                        LetterSettings.DEFAULT_ESCALATION_HOW,
                        LetterSettings.DEFAULT_ESCALATION_WITHIN));
        private int loads;

        @Override
        public LandlordSettings load() {
            loads++;
            return saved;
        }

        @Override
        public boolean save(LandlordSettings settings, long expectedVersion) {
            if (saved.version() != expectedVersion) {
                return false;
            }
            saved = settings;
            return true;
        }

        @Override
        public Optional<Logo> logo() {
            return Optional.empty();
        }

        @Override
        public boolean saveLogo(@Nullable Logo logo, long expectedVersion, Instant at, String by) {
            return false;
        }
    }
}
