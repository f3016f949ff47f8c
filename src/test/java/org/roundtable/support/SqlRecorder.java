package org.roundtable.support;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;

/** The SQL the application sends, as Hibernate prepares it, recorded between {@link #start} and {@link #stop}. */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlRecorder implements StatementInspector {

    private static final Set<String> RECORDED = ConcurrentHashMap.newKeySet();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            RECORDED.add(sql);
        }
        return sql;
    }

    public static void start() {
        RECORDED.clear();
        recording = true;
    }

    /** Stops recording; answers each statement sent meanwhile, once. */
    public static Set<String> stop() {
        recording = false;
        return Set.copyOf(RECORDED);
    }
}
