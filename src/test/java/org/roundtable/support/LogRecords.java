package org.roundtable.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What the application logs while a test runs, at INFO and above, to assert on. */
public final class LogRecords extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecords() {
        setLevel(Level.INFO);
    }

    public static LogRecords capture() {
        LogRecords handler = new LogRecords();
        Logger.getLogger("").addHandler(handler);
        return handler;
    }

    public List<LogRecord> atLeast(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).toList();
    }

    public long withStackTrace() {
        return records.stream().filter(r -> r.getThrown() != null).count();
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
