package org.putright.reporting;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.putright.complaint.StageFactFilter;
import org.putright.complaint.StageFactQueries;
import org.putright.resident.EqualityCharacteristic;
import org.putright.resident.EqualityProfile;
import org.putright.resident.EqualityRecords;
import org.putright.settings.ReportingYear;
import org.putright.system.problem.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equality monitoring (3.1, 3.3): the landlord's tenant profile per reporting year, and the
 * complainants of a period compared with it. Complainants are the residents whose complaints were
 * received in the period (refused ones too: they came forward), each counted once.
 */
@Service
public class EqualityMonitoring {

    private final StageFactQueries facts;
    private final EqualityRecords records;
    private final TenantPopulationStore populations;
    private final Clock clock;

    EqualityMonitoring(
            StageFactQueries facts, EqualityRecords records, TenantPopulationStore populations, Clock clock) {
        this.facts = facts;
        this.records = records;
        this.populations = populations;
        this.clock = clock;
    }

    public EqualityReport report(ReportingPeriod period) {
        Set<UUID> complainants = new HashSet<>();
        facts.forEach(
                StageFactFilter.started(period.from(), period.to()).stage(1),
                fact -> complainants.add(fact.residentId()));
        EqualityProfile profile = records.profileOf(complainants);
        ReportingYear year;
        try {
            year = ReportingYear.containing(period.from());
        } catch (IllegalArgumentException beyond) {
            throw new InvalidInput("from", "must fall in a reporting year from 2000-01 to 2200-01");
        }
        TenantPopulation tenants = populations.find(year);
        return new EqualityReport(
                period.from(),
                period.to(),
                year.toString(),
                !tenants.counts().isEmpty(),
                complainants.size(),
                Arrays.stream(EqualityCharacteristic.values())
                        .map(characteristic -> EqualityComparison.compare(characteristic, profile, tenants))
                        .toList());
    }

    public TenantPopulation population(ReportingYear year) {
        return populations.find(year);
    }

    /** Replaces the year's tenant profile. */
    @Transactional
    public TenantPopulation recordPopulation(
            ReportingYear year, Map<EqualityCharacteristic, Map<String, Long>> counts, String by) {
        TenantPopulation population = new TenantPopulation(year, counts, null, null);
        populations.replace(population, clock.instant(), by);
        return populations.find(year);
    }
}
