package org.roundtable.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import javax.sql.DataSource;

/**
 * On PostgreSQL, listens for live events from every instance (LISTEN roundtable_live)
 * on one dedicated connection, and hands them to this instance (its streams, its article copies). Reconnects after
 * a lost connection; events missed meanwhile only cost readers a reload.
 */
@ApplicationScoped
public class PostgresListener {

    private final DataSource dataSource;
    private final LiveEvents events;
    private volatile boolean running;
    private Thread thread;

    PostgresListener(DataSource dataSource, LiveEvents events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * A thread of its own rather than a managed one: the loop blocks on its connection for
     * as long as the application runs, and would hold a worker of a shared pool for good.
     */
    void start(@Observes StartupEvent event) {
        if (!events.onPostgres()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "roundtable-live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                listenOn(connection);
            } catch (Exception e) {
                if (running) {
                    Log.warnf("Live event listener lost its connection (%s); retrying in 2 s", e.getMessage());
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private void listenOn(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + LiveEvents.CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        Log.info("Listening for live events from all instances");
        while (running) {
            PGNotification[] notifications = pg.getNotifications(5000);
            for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                LiveEvent live = LiveEvent.decode(notification.getParameter());
                if (live != null) {
                    events.arrived(live);
                }
            }
        }
    }
}
