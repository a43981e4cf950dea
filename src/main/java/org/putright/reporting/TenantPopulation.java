package org.putright.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.putright.resident.EqualityCharacteristic;
import org.putright.settings.ReportingYear;
import org.putright.system.problem.InvalidInput;

/**
 * The landlord's tenants in a reporting year, counted in the groups of each equality characteristic
 * it holds figures for (from its tenancy records or its own survey). A characteristic left out has
 * no figures; a group left out has none of that group. Counts of people, not shares, so that the
 * comparison can tell how sure it may be.
 */
public record TenantPopulation(
        ReportingYear year,
        Map<EqualityCharacteristic, Map<String, Long>> counts,
        @Nullable Instant recordedAt,
        @Nullable String recordedBy) {

    /** More tenants than any landlord in England has: a count beyond it is a typing error. */
    public static final long MAX_COUNT = 10_000_000;

    public TenantPopulation {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        Map<EqualityCharacteristic, Map<String, Long>> checked = new EnumMap<>(EqualityCharacteristic.class);
        counts.forEach((characteristic, groups) -> {
            Map<String, Long> kept = new HashMap<>();
            groups.forEach((String code, @Nullable Long people) -> {
                String field = "counts." + characteristic.name() + "." + code;
                if (characteristic.group(code).isEmpty()) {
                    errors.add(new InvalidInput.FieldError(field, "is not a group of " + characteristic.name()));
                } else if (people == null || people < 0 || people > MAX_COUNT) {
                    errors.add(new InvalidInput.FieldError(field, "must be a count from 0 to " + MAX_COUNT));
                } else {
                    kept.put(code, people);
                }
            });
            if (!kept.isEmpty()) {
                checked.put(characteristic, Map.copyOf(kept));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        counts = java.util.Collections.unmodifiableMap(checked);
    }

    public static TenantPopulation none(ReportingYear year) {
        return new TenantPopulation(year, Map.of(), null, null);
    }

    public boolean covers(EqualityCharacteristic characteristic) {
        return total(characteristic) > 0;
    }

    public long count(EqualityCharacteristic characteristic, String group) {
        return counts.getOrDefault(characteristic, Map.of()).getOrDefault(group, 0L);
    }

    /** Tenants counted in any group of the characteristic. */
    public long total(EqualityCharacteristic characteristic) {
        return counts.getOrDefault(characteristic, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
