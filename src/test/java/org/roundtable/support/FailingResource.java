package org.roundtable.support;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only route that fails, to see what a 500 looks like. Not part of the application. */
@Path("/test-only/failure")
public class FailingResource {

    @GET
    public String fail() {
        throw new IllegalStateException("a failure made on purpose by a test");
    }
}
