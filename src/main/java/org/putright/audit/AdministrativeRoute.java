package org.putright.audit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request that changes how Putright works, and the audit action it is recorded as. The table is
 * declared here rather than discovered, so that what counts as an administrative change is
 * reviewed; a test checks every changing operation under {@link #AREAS} has a row, so a new one
 * cannot go unrecorded.
 *
 * @param pattern the request mapping's pattern, as Spring MVC matched it
 * @param target the path variable naming what was acted on; null for the created resource's
 *     {@code Location}, or for nothing
 */
public record AdministrativeRoute(
        String method,
        String pattern,
        AuditAction action,
        @Nullable String target) {

    /** Where administrative changes live; every changing request under these is in {@link #ALL}. */
    public static final List<String> AREAS = List.of(
            "/api/v1/staff",
            "/api/v1/settings",
            "/api/v1/calendar",
            "/api/v1/letter-templates",
            "/api/v1/imports",
            "/staff/tokens",
            "/staff/admin");

    public static final List<AdministrativeRoute> ALL = List.of(
            new AdministrativeRoute("POST", "/api/v1/staff", AuditAction.STAFF_ADDED, null),
            new AdministrativeRoute("PUT", "/api/v1/staff/{username}", AuditAction.STAFF_CHANGED, "username"),
            new AdministrativeRoute("PUT", "/api/v1/staff/{username}/password", AuditAction.PASSWORD_SET, "username"),
            new AdministrativeRoute("POST", "/api/v1/staff/{username}/tokens", AuditAction.TOKEN_ISSUED, "username"),
            new AdministrativeRoute(
                    "DELETE", "/api/v1/staff/{username}/tokens/{id}", AuditAction.TOKEN_REVOKED, "username"),
            new AdministrativeRoute("PUT", "/api/v1/settings", AuditAction.SETTINGS_CHANGED, null),
            new AdministrativeRoute("PUT", "/api/v1/settings/logo", AuditAction.SETTINGS_CHANGED, null),
            new AdministrativeRoute("DELETE", "/api/v1/settings/logo", AuditAction.SETTINGS_CHANGED, null),
            new AdministrativeRoute("POST", "/api/v1/calendar/closure-days", AuditAction.CALENDAR_CHANGED, null),
            new AdministrativeRoute(
                    "DELETE", "/api/v1/calendar/closure-days/{date}", AuditAction.CALENDAR_CHANGED, "date"),
            new AdministrativeRoute("POST", "/api/v1/calendar/bank-holidays", AuditAction.CALENDAR_CHANGED, null),
            new AdministrativeRoute(
                    "DELETE", "/api/v1/calendar/bank-holidays/{date}", AuditAction.CALENDAR_CHANGED, "date"),
            new AdministrativeRoute(
                    "PUT", "/api/v1/letter-templates/{type}", AuditAction.LETTER_TEMPLATE_CHANGED, "type"),
            new AdministrativeRoute(
                    "DELETE", "/api/v1/letter-templates/{type}", AuditAction.LETTER_TEMPLATE_CHANGED, "type"),
            new AdministrativeRoute("POST", "/api/v1/imports", AuditAction.IMPORT_STARTED, null),
            new AdministrativeRoute("POST", "/staff/admin/imports", AuditAction.IMPORT_STARTED, null),
            new AdministrativeRoute("POST", "/staff/tokens", AuditAction.TOKEN_ISSUED, null),
            new AdministrativeRoute("POST", "/staff/tokens/{id}/revocation", AuditAction.TOKEN_REVOKED, null),
            new AdministrativeRoute(
                    "POST", "/staff/admin/tokens/{username}/{id}/revocation", AuditAction.TOKEN_REVOKED, "username"));

    /** The route a request was matched to, if it is administrative. */
    public static Optional<AdministrativeRoute> of(String method, String pattern) {
        return ALL.stream()
                .filter(route ->
                        route.method().equals(method) && route.pattern().equals(pattern))
                .findFirst();
    }
}
