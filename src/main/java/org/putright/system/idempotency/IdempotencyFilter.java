package org.putright.system.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on authenticated API POSTs: the first request with a key is
 * carried out and its answer kept; a repeat with the same body gets that answer again and creates
 * nothing; a repeat with a different body is refused, as is one arriving while the first is still
 * being worked on. Keys belong to the caller, so two callers never share one.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    static final String HEADER = "Idempotency-Key";
    private static final int MAXIMUM_KEY = 200;
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final IdempotentRequests requests;
    private final Clock clock;

    IdempotencyFilter(IdempotentRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** Larger bodies are not JSON commands; reading them into memory to compare them would be a weakness. */
    static final int MAXIMUM_BODY = 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        // A document upload is not repeated by retrying with a key: each file is kept as sent.
        boolean multipart =
                type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || multipart
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || key.isEmpty()) {
            if (key.isEmpty()) {
                problem(
                        response,
                        400,
                        "malformed-request",
                        "Invalid Idempotency-Key",
                        "The Idempotency-Key header is empty.");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (key.length() > MAXIMUM_KEY) {
            problem(
                    response,
                    400,
                    "malformed-request",
                    "Invalid Idempotency-Key",
                    "An Idempotency-Key is at most " + MAXIMUM_KEY + " characters.");
            return;
        }
        if (request.getContentLengthLong() > MAXIMUM_BODY) {
            problem(
                    response,
                    413,
                    "request-too-large",
                    "Request too large",
                    "A command with an Idempotency-Key is at most " + MAXIMUM_BODY + " bytes.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAXIMUM_BODY + 1);
        if (body.length > MAXIMUM_BODY) {
            problem(
                    response,
                    413,
                    "request-too-large",
                    "Request too large",
                    "A command with an Idempotency-Key is at most " + MAXIMUM_BODY + " bytes.");
            return;
        }
        String hash = hash(request.getRequestURI(), body);
        String actor = caller.getName();
        requests.releaseAbandoned(actor, key, clock.instant().minus(ABANDONED_AFTER));
        if (!requests.claim(actor, key, hash, clock.instant())) {
            replay(response, requests.find(actor, key), hash);
            return;
        }
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new CachedBody(request, body), wrapped);
            int status = wrapped.getStatus();
            // A conflict or a stale version says "try again": a retry must be carried out afresh,
            // not answered with the old refusal. So are server faults.
            if (status < 500 && status != 409 && status != 412) {
                completed = recorded(actor, key, status, wrapped);
            }
        } finally {
            if (!completed) {
                requests.release(actor, key);
            }
            wrapped.copyBodyToResponse();
        }
    }

    /**
     * Keeps the answer for a retry. The command has taken effect by now, so a failure to keep it
     * must not turn its answer into an error that invites the client to send the command again:
     * it is logged, the key released, and the answer still sent.
     */
    private boolean recorded(String actor, String key, int status, ContentCachingResponseWrapper answer) {
        try {
            requests.complete(
                    actor,
                    key,
                    status,
                    answer.getHeader(HttpHeaders.LOCATION),
                    answer.getHeader(HttpHeaders.ETAG),
                    new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The answer to {}'s request with Idempotency-Key {} was not kept for retries", actor, key, e);
            return false;
        }
    }

    private static void replay(HttpServletResponse response, Optional<StoredResponse> stored, String hash)
            throws IOException {
        if (stored.isEmpty()) {
            problem(
                    response,
                    409,
                    "idempotency-conflict",
                    "Try again",
                    "The first request with this key has just finished; send it again.");
            return;
        }
        StoredResponse first = stored.get();
        if (!first.requestHash().equals(hash)) {
            problem(
                    response,
                    422,
                    "idempotency-key-reused",
                    "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
            return;
        }
        if (first.inProgress()) {
            problem(
                    response,
                    409,
                    "idempotency-conflict",
                    "Still in progress",
                    "The first request with this Idempotency-Key is still being processed.");
            return;
        }
        response.setStatus(first.status());
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        if (first.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, first.etag());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.setContentType(
                first.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(first.body());
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"https://putright.org/problems/" + type + "\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(path.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** The request with its body already read, so that the controller can read it again. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(@Nullable ReadListener listener) {
                    // The whole body is already here: tell the listener so at once.
                    if (listener != null) {
                        try {
                            listener.onAllDataRead();
                        } catch (IOException e) {
                            listener.onError(e);
                        }
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
