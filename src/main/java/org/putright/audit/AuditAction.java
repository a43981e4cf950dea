package org.putright.audit;

/** What an audit entry records. */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_IN_THROTTLED("Sign-in refused: too many failures"),
    SIGN_OUT("Signed out"),
    STAFF_ADDED("Member of staff added"),
    STAFF_CHANGED("Member of staff or roles changed"),
    PASSWORD_SET("Password set"),
    TOKEN_ISSUED("API token issued"),
    TOKEN_REVOKED("API token revoked"),
    SETTINGS_CHANGED("Landlord settings changed"),
    CALENDAR_CHANGED("Working calendar changed"),
    LETTER_TEMPLATE_CHANGED("Letter template changed"),
    IMPORT_STARTED("Import of historic complaints started");

    private final String description;

    AuditAction(String description) {
        this.description = description;
    }

    /** How the action reads on the audit log page. */
    public String description() {
        return description;
    }
}
