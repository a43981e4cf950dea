package org.putright.demo;

import java.util.List;
import org.putright.settings.HomesCount;
import org.putright.settings.LandlordSettings;
import org.putright.settings.ReportingYear;
import org.putright.settings.Settings;
import org.putright.settings.SettingsChange;
import org.springframework.stereotype.Component;

/** Names the demo landlord and gives it a stock of homes, unless an administrator already has. */
@Component
class DemoSettings {

    static final String NAME = "Riverside Homes";

    private final Settings settings;

    DemoSettings(Settings settings) {
        this.settings = settings;
    }

    void ensure() {
        if (!settings.current().name().equals(LandlordSettings.DEFAULT_NAME)) {
            return;
        }
        settings.change(
                new SettingsChange(
                        NAME,
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new HomesCount(new ReportingYear(2024), 4820),
                                new HomesCount(new ReportingYear(2025), 4870),
                                new HomesCount(new ReportingYear(2026), 4910))),
                null,
                "putright-demo");
    }
}
