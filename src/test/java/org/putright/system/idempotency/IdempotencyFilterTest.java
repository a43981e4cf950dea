package org.putright.system.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class IdempotencyFilterTest {

    /** Claims every key, and cannot keep an answer, as when the database fails after the command. */
    private static final class UnkeepableAnswers extends IdempotentRequests {

        final List<String> released = new ArrayList<>();

        UnkeepableAnswers() {
            super(JdbcClient.create(new DriverManagerDataSource("jdbc:none")));
        }

        @Override
        boolean claim(String actor, String key, String hash, Instant now) {
            return true;
        }

        @Override
        void releaseAbandoned(String actor, String key, Instant claimedBefore) {}

        @Override
        void complete(
                String actor, String key, int status, @Nullable String location, @Nullable String etag, String body) {
            throw new DataAccessResourceFailureException("connection lost");
        }

        @Override
        void release(String actor, String key) {
            released.add(key);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCommandWhoseAnswerCannotBeKeptStillGetsItsAnswer() throws Exception {
        UnkeepableAnswers requests = new UnkeepableAnswers();
        IdempotencyFilter filter =
                new IdempotencyFilter(requests, Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "handler", null, List.of(new SimpleGrantedAuthority("ROLE_HANDLER"))));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
        request.addHeader(IdempotencyFilter.HEADER, "key-1");
        request.setContentType("application/json");
        request.setContent("{}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (in, out) -> {
            ((HttpServletResponse) out).setStatus(201);
            out.getOutputStream().write("{\"reference\":\"CMP-2026-000001\"}".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"reference\":\"CMP-2026-000001\"}");
        assertThat(requests.released).containsExactly("key-1");
    }
}
