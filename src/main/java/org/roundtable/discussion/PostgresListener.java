package org.roundtable.discussion;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * On PostgreSQL, listens for live events from every instance (LISTEN roundtable_live)
 * on one dedicated connection, and hands them to this instance's hub. Reconnects after
 * a lost connection; events missed meanwhile only cost readers a reload.
 */
@ApplicationScoped
public class PostgresListener {

    private final DataSource dataSource;
    private final LiveHub hub;
    private final LiveEvents events;
    private volatile boolean running;
    private Thread thread;

    PostgresListener(DataSource dataSource, LiveHub hub, LiveEvents events) {
        this.dataSource = dataSource;
        this.hub = hub;
        this.events = events;
    }

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
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + LiveEvents.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                Log.info("Listening for live events from all instances");
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(5000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        LiveEvent live = LiveEvent.decode(notification.getParameter());
                        if (live != null) {
                            hub.dispatch(live);
                        }
                    }
                }
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
}
