package org.putright.settings;

/** Where the single row of landlord settings is kept. */
public interface SettingsStore {

    LandlordSettings load();

    /** False when {@code expectedVersion} is no longer current. */
    boolean save(LandlordSettings settings, long expectedVersion);
}
