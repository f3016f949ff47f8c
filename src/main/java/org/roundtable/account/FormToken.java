package org.roundtable.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The CSRF token this answer's forms carry ({@code inject:formToken.value} in the form tag),
 * masked once per answer: a teacher's page with a form on every post pays for one mask, and
 * two loads of one page never carry the same text.
 */
@RequestScoped
@Named("formToken")
public class FormToken {

    /** Where the CSRF extension leaves the browser's token for this answer. */
    static final String CSRF_TOKEN_KEY = "csrf_token";

    private final RoutingContext context;
    private String masked;

    FormToken(RoutingContext context) {
        this.context = context;
    }

    public String value() {
        if (masked == null) {
            String token = context.get(CSRF_TOKEN_KEY);
            masked = CsrfMask.mask(token);
        }
        return masked;
    }
}
