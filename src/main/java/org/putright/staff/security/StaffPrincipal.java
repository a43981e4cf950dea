package org.putright.staff.security;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.putright.staff.Role;
import org.putright.staff.StaffMember;
import org.putright.staff.Username;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member of staff, whichever way they signed in. Other modules read it to record
 * who did what (5.12).
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final Username staff;
    private final String name;
    private final Set<Role> roles;
    private final boolean enabled;
    private @Nullable String passwordHash;

    StaffPrincipal(StaffMember member, @Nullable String passwordHash) {
        this.staff = member.username();
        this.name = member.name();
        this.roles = member.roles();
        this.enabled = member.enabled();
        this.passwordHash = passwordHash;
    }

    public Username staff() {
        return staff;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staff.value();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return staff.value();
    }
}
