package org.putright.settings;

/** Where the single row of landlord settings is kept. */
public interface SettingsStore {

    LandlordSettings load();

    /** False when {@code expectedVersion} is no longer current. */
    boolean save(LandlordSettings settings, long expectedVersion);

    /** The logo, kept apart because only letters read it. */
    java.util.Optional<Logo> logo();

    /** Replaces the logo, or removes it when null, as a new version of the settings. */
    boolean saveLogo(
            @org.jspecify.annotations.Nullable Logo logo, long expectedVersion, java.time.Instant at, String by);
}
