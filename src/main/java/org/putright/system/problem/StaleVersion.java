package org.putright.system.problem;

import java.util.Map;

/** The caller sent {@code If-Match} with a version that is no longer current. */
public final class StaleVersion extends DomainProblem {

    private final long currentVersion;

    public StaleVersion(long expected, long currentVersion) {
        super(
                ProblemKind.PRECONDITION_FAILED,
                "stale-version",
                "Stale version",
                "You sent version " + expected + " but the current version is " + currentVersion
                        + ". Reload and try again.");
        this.currentVersion = currentVersion;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentVersion", currentVersion);
    }
}
