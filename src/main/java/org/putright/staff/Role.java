package org.putright.staff;

/**
 * What a member of staff may do. Higher roles include lower ones: ADMIN ⊇ MANAGER ⊇ HANDLER, and
 * MANAGER ⊇ GOVERNANCE (managers read what the board reads).
 */
public enum Role {
    HANDLER,
    MANAGER,
    GOVERNANCE,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role hierarchy in Spring Security's notation. */
    public static String hierarchy() {
        return """
                ROLE_ADMIN > ROLE_MANAGER
                ROLE_ADMIN > ROLE_GOVERNANCE
                ROLE_MANAGER > ROLE_HANDLER
                ROLE_MANAGER > ROLE_GOVERNANCE
                """;
    }
}
