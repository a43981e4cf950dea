package org.putright.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.putright.settings.SettingsStore;
import org.putright.testing.Api;
import org.putright.testing.PutrightIntegrationTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

@PutrightIntegrationTest
class PlatformIT {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Autowired
    SettingsStore aRepository;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MethodSecurityExpressionHandler methodSecurity;

    @Autowired
    RequestMappingHandlerAdapter handlers;

    @Autowired
    ServletContext servletContext;

    @Autowired
    JsonMapper json;

    @Test
    void healthNeedsNoAuthentication() {
        Api.Response health = Api.at(port).get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void requestsAreNotTimedUnlessAsked() {
        assertThat(Api.at(port).asAdmin().get("/api/v1/staff/me").status()).isEqualTo(200);

        // PUTRIGHT_REQUEST_METRICS: nothing reads the metric unless a metrics endpoint is exposed.
        assertThat(meters.find("http.server.requests").meters()).isEmpty();
        assertThat(meters.find("http.server.requests.active").meters()).isEmpty();
        // Nor are log events counted, which put a filter in front of every logging call.
        assertThat(meters.find("logback.events").meters()).isEmpty();
    }

    @Test
    void repositoriesAreNotProxiedToTranslateWhatJdbcClientTranslates() {
        assertThat(AopUtils.isAopProxy(aRepository))
                .as("spring.persistence.exceptiontranslation.enabled is false")
                .isFalse();
        // A failed commit is still a DataAccessException, answered as a problem (ProblemHandler).
        assertThat(transactions).isInstanceOf(JdbcTransactionManager.class);
    }

    @Test
    void methodSecurityExpressionsAreCompiledAndStillFollowTheRoleHierarchy() throws Exception {
        SpelExpression handlerOrGovernance = (SpelExpression)
                methodSecurity.getExpressionParser().parseExpression("hasRole('HANDLER') or hasRole('GOVERNANCE')");
        SpelExpression manager =
                (SpelExpression) methodSecurity.getExpressionParser().parseExpression("hasRole('MANAGER')");
        MethodInvocation call = new SimpleMethodInvocation(this, Object.class.getMethod("toString"));
        Authentication admin = signedIn("ROLE_ADMIN");
        Authentication handler = signedIn("ROLE_HANDLER");
        Authentication governance = signedIn("ROLE_GOVERNANCE");

        SpelParserConfiguration parsing = (SpelParserConfiguration) Objects.requireNonNull(
                ReflectionTestUtils.getField(methodSecurity.getExpressionParser(), "configuration"));
        assertThat(parsing.getCompilerMode()).isEqualTo(SpelCompilerMode.MIXED);

        // SpEL learns the types it compiles for by interpreting an expression first, as MIXED does:
        // an "or" is compiled once a caller has needed both its sides.
        assertThat(allowed(handlerOrGovernance, governance, call)).isTrue();
        assertThat(allowed(manager, handler, call)).isFalse();
        assertThat(handlerOrGovernance.compileExpression()).isTrue();
        assertThat(manager.compileExpression()).isTrue();

        // ADMIN holds every other role (the role hierarchy): compiled, the answers are the same.
        assertThat(allowed(handlerOrGovernance, admin, call)).isTrue();
        assertThat(allowed(manager, admin, call)).isTrue();
        assertThat(allowed(handlerOrGovernance, handler, call)).isTrue();
        assertThat(allowed(manager, handler, call)).isFalse();
    }

    @Test
    void noWebSocketFilterStandsInFrontOfEveryRequest() {
        assertThat(servletContext.getFilterRegistrations().values())
                .extracting(FilterRegistration::getClassName)
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("org.apache.tomcat.websocket"));
    }

    @Test
    void requestsAreNotObservedUnlessAsked() {
        // PUTRIGHT_REQUEST_METRICS is off: the observation filter would only build contexts for
        // observations never recorded.
        assertThat(servletContext.getFilterRegistrations().values())
                .extracting(FilterRegistration::getClassName)
                .isNotEmpty()
                .doesNotContain(ServerHttpObservationFilter.class.getName());
    }

    @Test
    void pagesStillLinkTheirWebJarAssetsByVersion() {
        assertThat(servletContext.getFilterRegistrations().values())
                .extracting(FilterRegistration::getClassName)
                .containsOnlyOnce("org.putright.system.web.ServletFilterConfiguration$PageResourceUrlEncodingFilter")
                .doesNotContain(ResourceUrlEncodingFilter.class.getName());
        Api.Response signIn = Api.at(port).header("Accept", "text/html").get("/login");

        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.body()).containsPattern("href=\"/webjars/govuk-frontend/\\d+\\.\\d+\\.\\d+/dist/");
    }

    @Test
    void anApiAnswerIsSentWholeWithItsLength() {
        Api.Response me = Api.at(port).asAdmin().get("/api/v1/staff/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Transfer-Encoding")).isEmpty();
        assertThat(me.header("Content-Length"))
                .isEqualTo(String.valueOf(me.body().getBytes(StandardCharsets.UTF_8).length));
        Api.Response refused = Api.at(port).get("/api/v1/staff/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Transfer-Encoding")).isEmpty();
        assertThat(refused.header("Content-Length")).isNotEmpty();
    }

    @Test
    void jsonIsReadAndWrittenThroughGeneratedAccessors() {
        assertThat(json.registeredModules()).hasAtLeastOneElementOfType(BlackbirdModule.class);
        Api.Response me = Api.at(port).asAdmin().get("/api/v1/staff/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("admin");
    }

    @Test
    void answersAreNotOfferedToAnXmlConverter() {
        assertThat(handlers.getMessageConverters())
                .noneMatch(Jaxb2RootElementHttpMessageConverter.class::isInstance)
                .anyMatch(JacksonJsonHttpMessageConverter.class::isInstance);
        Api.Response asXml =
                Api.at(port).asAdmin().header("Accept", "application/xml").get("/api/v1/staff/me");

        assertThat(asXml.status()).isEqualTo(406);
    }

    private @Nullable Boolean allowed(SpelExpression expression, Authentication who, MethodInvocation call) {
        return expression.getValue(methodSecurity.createEvaluationContext(() -> who, call), Boolean.class);
    }

    private static Authentication signedIn(String role) {
        return UsernamePasswordAuthenticationToken.authenticated(role, null, List.of(new SimpleGrantedAuthority(role)));
    }

    @Test
    void theOpenApiDocumentIsServedAsVersion31() {
        Api.Response document = Api.at(port).get("/api/v1/openapi.json");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asString()).startsWith("3.1");
        assertThat(document.json().get("paths").has("/api/v1/staff")).isTrue();
    }

    @Test
    void theApiDocumentationPageIsServedWithoutSigningIn() {
        Api.Response docs = Api.at(port).header("Accept", "text/html").get("/api/docs");
        String page = docs.header("Location").replaceFirst("^https?://[^/]+", "");
        Api.Response ui = Api.at(port).header("Accept", "text/html").get(page);
        Api.Response config = Api.at(port).get("/api/v1/openapi.json/swagger-config");

        assertThat(docs.status()).isEqualTo(302);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(config.status()).isEqualTo(200);
        assertThat(Api.at(port)
                        .get("/api/v1/openapi.json")
                        .json()
                        .get("info")
                        .get("title")
                        .asString())
                .isEqualTo("Putright API");
    }

    @Test
    void eachOperationDocumentsItsOwnRequestBody() {
        tools.jackson.databind.JsonNode document =
                Api.at(port).get("/api/v1/openapi.json").json();
        String intake = document.get("paths")
                .get("/api/v1/complaints")
                .get("post")
                .get("requestBody")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString();
        String name = intake.substring(intake.lastIndexOf('/') + 1);
        tools.jackson.databind.JsonNode schema =
                document.get("components").get("schemas").get(name);

        assertThat(schema.get("properties").has("residentId")).isTrue();
        String resident = schema.get("properties").get("resident").get("$ref").asString();
        tools.jackson.databind.JsonNode residentSchema =
                document.get("components").get("schemas").get(resident.substring(resident.lastIndexOf('/') + 1));
        assertThat(residentSchema.get("properties").has("preferredChannel"))
                .as("complaint intake's resident is its own shape, not the resident module's")
                .isFalse();
    }

    @Test
    void anUnknownApiRouteIsA404Problem() {
        Api.Response response = Api.at(port).asAdmin().get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith("/problems/not-found");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        Api.Response response = Api.at(port).asAdmin().delete("/api/v1/staff");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aMalformedMultipartBodyIsA400ProblemOnAnyEndpoint() {
        Api admin = Api.at(port).asAdmin();
        Api.Response noBoundary =
                admin.sendRaw("POST", "/api/v1/complaints", "multipart/form-data", "--x\r\ngarbage\r\n--x--\r\n");
        Api.Response cutShort = admin.sendRaw(
                "POST",
                "/api/v1/staff",
                "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunfinished");

        for (Api.Response response : List.of(noBoundary, cutShort)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).endsWith("/problems/malformed-request");
        }
    }

    @Test
    void aPathTheContainerRefusesIsStillA400Problem() {
        Api admin = Api.at(port).asAdmin();

        for (String path : List.of(
                "/api/v1/complaints/..%2F..%2Fetc%2Fpasswd", "/api/v1/complaints/%5C", "/api/v1/residents/%00")) {
            Api.Response response = admin.get(path);
            Api.Response anonymous = Api.at(port).get(path);
            for (Api.Response refused : List.of(response, anonymous)) {
                assertThat(refused.status()).as(path).isEqualTo(400);
                assertThat(refused.contentType()).as(path).startsWith("application/problem+json");
                assertThat(refused.json().get("status").asInt()).isEqualTo(400);
                assertThat(refused.json().get("title").asString()).isEqualTo("Malformed request");
                assertThat(refused.body()).doesNotContain("Tomcat");
            }
        }
    }

    @Test
    void aQueryStringThatIsNotUtf8IsA400Problem() {
        // %C3%28 is a valid escape of bytes that are not UTF-8; the container cannot decode them.
        Api.Response residents = Api.at(port).asAdmin().get("/api/v1/residents?q=%C3%28");
        Api.Response complaints = Api.at(port).asAdmin().get("/api/v1/complaints?status=%E2%28%A1");

        for (Api.Response response : List.of(residents, complaints)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).endsWith("/problems/malformed-request");
        }
    }

    @Test
    void aMalformedFormBodyIsRefusedAsAProblemNotAServerError() {
        Api admin = Api.at(port).asAdmin();
        String form = "application/x-www-form-urlencoded";

        // PUT: the JSON endpoint refuses the media type without reading the body.
        Api.Response put = admin.sendRaw("PUT", "/api/v1/settings", form, "name=%ZZ");
        // POST: the container parses POSTed forms itself, and cannot decode this one.
        Api.Response post = admin.sendRaw("POST", "/api/v1/residents", form, "name=%ZZ");

        assertThat(put.status()).as(put.toString()).isEqualTo(415);
        assertThat(post.status()).as(post.toString()).isEqualTo(400);
        for (Api.Response response : List.of(put, post)) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFoundNotAServerError() {
        Api.Response json = Api.at(port).get("/error");
        Api.Response page = Api.at(port).header("Accept", "text/html").get("/error");

        assertThat(json.status()).as(json.toString()).isEqualTo(404);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(json.json().get("type").asString()).endsWith("/problems/not-found");
        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void pagesCarrySecurityHeaders() {
        Api.Response page = Api.at(port).header("Accept", "text/html").get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).contains("Sign in").doesNotContain("GOV.UK");
    }
}
