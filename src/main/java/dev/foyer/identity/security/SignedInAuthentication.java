package dev.foyer.identity.security;

import java.util.ArrayList;
import java.util.List;

import dev.foyer.identity.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a live access token. */
class SignedInAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;

    SignedInAuthentication(SignedInUser user) {
        super(authorities(user));
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.id().toString();
    }

    private static List<GrantedAuthority> authorities(SignedInUser user) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("PERMISSION_" + user.permission()));
        if (user.role() != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
        }
        return authorities;
    }
}
