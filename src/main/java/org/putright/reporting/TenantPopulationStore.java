package org.putright.reporting;

import java.time.Instant;
import org.putright.settings.ReportingYear;

/** Where the landlord's tenant population profiles are kept, one per reporting year. */
public interface TenantPopulationStore {

    TenantPopulation find(ReportingYear year);

    /** Replaces the year's profile with this one. */
    void replace(TenantPopulation population, Instant at, String by);
}
