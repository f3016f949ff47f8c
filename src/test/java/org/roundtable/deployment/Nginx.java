package org.roundtable.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's nginx, started as an ordinary process from the shipped {@code docker/nginx.conf}:
 * the same file, with only what must differ outside a container rewritten (the upstream
 * hosts, the listening address, and where nginx keeps its pid, logs and temporary files).
 * Without nginx the tests are skipped with a message; under CI they fail instead.
 */
final class Nginx implements ExecutionCondition {

    static final String HOW_TO_INSTALL = "nginx is not installed, so the proxy test is skipped. "
            + "Install it with: sudo apt-get install nginx (or set -Dnginx.binary=…)";

    /** The address nginx connects to the instances from: the only one they trust forwarding headers from. */
    static final String PROXY_ADDRESS = "127.0.0.3";

    private static final Optional<Path> BINARY = find();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (BINARY.isPresent()) {
            return ConditionEvaluationResult.enabled("nginx at " + BINARY.get());
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(HOW_TO_INSTALL);
        }
        System.err.println("[WARNING] " + HOW_TO_INSTALL);
        return ConditionEvaluationResult.disabled(HOW_TO_INSTALL);
    }

    private static Optional<Path> find() {
        String configured = System.getProperty("nginx.binary");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
        return Stream.of(path.split(":")).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "nginx"))
                .filter(Files::isExecutable).findFirst();
    }

    /** The shipped server block, pointed at local instances, inside a minimal nginx.conf of its own. */
    static String config(String shipped, Path dir, int listen, int portA, int portB) {
        String server = require(shipped, "server app1:8080", "server 127.0.0.1:" + portA);
        server = require(server, "server app2:8080", "server 127.0.0.1:" + portB);
        server = require(server, "listen 80;",
                "listen 127.0.0.1:" + listen + ";\n    proxy_bind " + PROXY_ADDRESS + ";");
        return "worker_processes 1;\n"
                + "pid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + " warn;\n"
                + "events { worker_connections 256; }\n"
                + "http {\n"
                + "    access_log " + dir.resolve("access.log") + ";\n"
                + "    client_body_temp_path " + dir.resolve("body") + ";\n"
                + "    proxy_temp_path " + dir.resolve("proxy") + ";\n"
                + "    fastcgi_temp_path " + dir.resolve("fastcgi") + ";\n"
                + "    uwsgi_temp_path " + dir.resolve("uwsgi") + ";\n"
                + "    scgi_temp_path " + dir.resolve("scgi") + ";\n"
                + server + "\n}\n";
    }

    private static String require(String text, String expected, String replacement) {
        if (!text.contains(expected)) {
            throw new AssertionError("docker/nginx.conf no longer contains '" + expected + "': update this test");
        }
        return text.replace(expected, replacement);
    }

    /** Starts nginx in the foreground on the generated configuration, logging to the directory. */
    static Process start(String shipped, Path dir, int listen, int portA, int portB) throws IOException {
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, config(shipped, dir, listen, portA, portB));
        // Started as root, nginx's workers would run as "nobody": let them write the temporary files.
        dir.toFile().setWritable(true, false);
        Process process = new ProcessBuilder(BINARY.orElseThrow().toString(), "-p", dir.toString(), "-c",
                conf.toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        System.out.println("nginx on port " + listen + ", configuration and logs in " + dir);
        return process;
    }
}
