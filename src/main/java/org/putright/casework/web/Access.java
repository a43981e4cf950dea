package org.putright.casework.web;

/**
 * Who may do what on the caseworking pages, as Spring Security expressions. The role hierarchy
 * makes managers and administrators handlers too; governance (board, MRC) reads but never acts.
 */
final class Access {

    /** Reading cases, residents, service requests and follow-ups. */
    static final String READ = "hasRole('HANDLER') or hasRole('GOVERNANCE')";

    /** Recording any step on a complaint. */
    static final String WORK = "hasRole('HANDLER')";

    /** Approving a remedy over the offering handler's compensation limit. */
    static final String APPROVE = "hasRole('MANAGER')";

    private Access() {}
}
