package org.roundtable;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which database the application was built for ({@code quarkus.datasource.db-kind}, fixed when Quarkus builds
 * it): the embedded H2 or PostgreSQL. The few places that must say things differently to each ask here. In the
 * root package because more than one feature package does.
 */
public final class Database {

    /** Read once, when first asked. */
    private static final class Kind {

        static final boolean POSTGRES = ConfigProvider.getConfig()
                .getValue("quarkus.datasource.db-kind", String.class).startsWith("postgres");
    }

    private Database() {
    }

    public static boolean isPostgres() {
        return Kind.POSTGRES;
    }
}
