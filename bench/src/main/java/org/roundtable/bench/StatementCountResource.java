package org.roundtable.bench;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Bench build only: {@code /bench/statements/start} and {@code /bench/statements} count the SQL statements of the
 * next requests, to report the statements of one page while nothing else runs.
 */
@Path("/bench/statements")
public class StatementCountResource {

    private final SessionFactory sessions;

    StatementCountResource(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Starts counting statements from zero (a GET: the bench has no form to carry a CSRF token). */
    @GET
    @Path("start")
    @Produces(MediaType.TEXT_PLAIN)
    public String startCounting() {
        Statistics statistics = sessions.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        return "counting";
    }

    /** Statements prepared since counting started; stops counting. */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String statements() {
        Statistics statistics = sessions.getStatistics();
        long count = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        return Long.toString(count);
    }
}
