package org.putright.staff.security;

import org.putright.staff.StaffDirectory;
import org.putright.staff.StaffRepository;
import org.putright.staff.Username;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up staff for the sign-in form. Staff without a password cannot sign in this way. */
@Component
class StaffSignIn implements UserDetailsService {

    private final StaffDirectory directory;
    private final StaffRepository repository;

    StaffSignIn(StaffDirectory directory, StaffRepository repository) {
        this.directory = directory;
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (!Username.isValid(username)) {
            throw new UsernameNotFoundException("No such member of staff");
        }
        Username name = new Username(username);
        return directory
                .find(name)
                .flatMap(member -> repository.passwordHash(name).map(hash -> new StaffPrincipal(member, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("No such member of staff"));
    }
}
