package org.putright.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one client address may submit a complaint or ask for a code, within an hour. Kept in
 * memory, per instance: it only has to slow a script down, not count exactly, and a limit that
 * resets on restart or is counted per instance still does that; a shared store would add a
 * dependency and a write per request for no gain. The wall clock is used, not the application's
 * (which tests stop), because it is real requests arriving that are counted.
 */
@Component
class AttemptLimits {

    private static final Duration WINDOW = Duration.ofHours(1);
    /** Beyond this many addresses tracked, old entries are swept, so memory stays bounded. */
    private static final int SWEEP_ABOVE = 10_000;

    enum Action {
        SUBMIT_COMPLAINT,
        REQUEST_CODE
    }

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Map<Action, Integer> limits;
    private final Clock clock = Clock.systemUTC();

    AttemptLimits(
            @Value("${putright.portal.limits.complaints-per-hour:10}") int complaints,
            @Value("${putright.portal.limits.codes-per-hour:10}") int codes) {
        this.limits = Map.of(Action.SUBMIT_COMPLAINT, complaints, Action.REQUEST_CODE, codes);
    }

    /** Counts an attempt; throws {@link TooManyAttempts} when the address has used up its hour. */
    void check(Action action, String clientAddress) {
        Instant now = clock.instant();
        if (attempts.size() > SWEEP_ABOVE) {
            attempts.values()
                    .removeIf(times -> times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = attempts.computeIfAbsent(action + " " + clientAddress, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limits.get(action)) {
                throw new TooManyAttempts(action);
            }
            times.addLast(now);
        }
    }

    /** Too many attempts from one address within the hour. */
    static final class TooManyAttempts extends RuntimeException {
        private final Action action;

        TooManyAttempts(Action action) {
            super("Too many attempts to " + action);
            this.action = action;
        }

        Action action() {
            return action;
        }
    }
}
