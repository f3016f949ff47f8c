package org.roundtable.support;

import org.jboss.resteasy.reactive.RestQuery;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only route that fails, to see what a 500 looks like. Not part of the application. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    public String fail(@RestQuery String kind) {
        if ("stack-overflow".equals(kind)) {
            return String.valueOf(deeper(0));
        }
        throw new IllegalStateException("a failure made on purpose by a test");
    }

    private static int deeper(int level) {
        return deeper(level + 1) + 1;
    }
}
