package org.roundtable.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session token read from the cookie, waiting to be checked against the database. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
