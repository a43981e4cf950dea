package org.putright.staff.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing at the sign-in form: after too many failed attempts at one account, or
 * from one address, within the window, further attempts are refused unread until the oldest
 * failure leaves the window. Failures are counted under the name typed whether or not anyone has
 * it, so the refusal says nothing about which accounts exist. A successful sign-in clears the
 * account's count. Counts are kept in this instance's memory: with several instances behind a
 * load balancer each throttles what it sees.
 */
@Component
class SignInThrottle {

    /** Bounds memory under a flood of invented names or addresses. */
    private static final int MAXIMUM_KEYS = 100_000;

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Clock clock;

    SignInThrottle(
            @Value("${putright.sign-in.account-failures:5}") int accountLimit,
            @Value("${putright.sign-in.address-failures:50}") int addressLimit,
            @Value("${putright.sign-in.window:PT15M}") Duration window,
            Clock clock) {
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.clock = clock;
    }

    /** How long until an attempt at this account from this address may be made; empty when it may now. */
    Optional<Duration> waitBefore(String username, @Nullable String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(byAccount, account(username), accountLimit, now);
        Optional<Duration> from = address == null ? Optional.empty() : wait(byAddress, address, addressLimit, now);
        if (account.isPresent() && from.isPresent()) {
            return Optional.of(account.get().compareTo(from.get()) > 0 ? account.get() : from.get());
        }
        return account.isPresent() ? account : from;
    }

    Duration window() {
        return window;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        count(byAccount, account(event.getAuthentication().getName()), now);
        String address = address(event.getAuthentication());
        if (address != null) {
            count(byAddress, address, now);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        byAccount.remove(account(event.getAuthentication().getName()));
    }

    private Optional<Duration> wait(Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            forget(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    private void count(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() >= MAXIMUM_KEYS) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forget(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, any -> new ArrayDeque<>());
        synchronized (times) {
            forget(times, now);
            times.addLast(now);
        }
    }

    private void forget(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private static String account(@Nullable String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
