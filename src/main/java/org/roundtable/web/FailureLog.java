package org.roundtable.web;

import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.logging.Log;

/**
 * Unexpected failures in the log: the stack trace of each distinct cause once, then one
 * line per request with its reference. A failure anyone can repeat at will (a stack
 * overflow is about 90 KB of trace) must not let them fill the disk.
 */
final class FailureLog {

    /** Causes kept in memory; past this many the set starts again, so it cannot grow without end. */
    private static final int REMEMBERED = 1000;
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private FailureLog() {
    }

    /** Logs the failure and returns the reference shown to the person it happened to. */
    static String unexpected(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        if (root(failure) instanceof ClosedChannelException) { // nobody is left to show a page to
            Log.debugf("The browser left before the answer was written (reference %s)", reference);
            return reference;
        }
        String cause = cause(failure);
        if (SEEN.size() >= REMEMBERED) {
            SEEN.clear();
        }
        if (SEEN.add(cause)) {
            Log.errorf(failure, "Unexpected error (reference %s)", reference);
        } else {
            Log.errorf("Unexpected error (reference %s): %s again; its stack trace is logged above", reference, cause);
        }
        return reference;
    }

    /** The innermost exception's type and where in this application it happened (or began). */
    static String cause(Throwable failure) {
        Throwable root = root(failure);
        StackTraceElement[] frames = root.getStackTrace();
        StackTraceElement where = frames.length == 0 ? null : frames[0];
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.roundtable.")) {
                where = frame;
                break;
            }
        }
        return root.getClass().getName() + (where == null ? "" : " at " + where);
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
