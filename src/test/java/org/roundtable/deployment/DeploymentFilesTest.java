package org.roundtable.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * No container engine runs where the tests run, so the deployment files are checked by
 * reading them: the services, their wiring, health checks, the proxy's settings for
 * live updates, and an image that builds the PostgreSQL variant and runs unprivileged.
 */
class DeploymentFilesTest {

    static final Path DOCKER = Path.of("docker");

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        return new Yaml(options).load(Files.readString(DOCKER.resolve("compose.yaml")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        assertNotNull(service, "service " + name);
        return service;
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgresWithAVolumeTwoAppInstancesAndAProxy() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertEquals(List.of("db", "app1", "app2", "proxy"), List.copyOf(services.keySet()));

        Map<String, Object> db = service("db");
        assertTrue(String.valueOf(db.get("image")).startsWith("postgres:"));
        assertTrue(((List<String>) db.get("volumes")).get(0).endsWith(":/var/lib/postgresql/data"));
        assertTrue(((Map<String, Object>) compose().get("volumes")).containsKey("db-data"));
        assertNotNull(db.get("healthcheck"));

        for (String app : List.of("app1", "app2")) {
            Map<String, Object> service = service(app);
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertEquals("jdbc:postgresql://db:5432/roundtable", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            for (String key : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                    "ROUNDTABLE_ADMIN_PASSWORD", "ROUNDTABLE_PUBLIC_URL", "ROUNDTABLE_SECURE_COOKIES")) {
                assertTrue(env.containsKey(key), app + " sets " + key);
            }
            Map<String, Object> health = (Map<String, Object>) service.get("healthcheck");
            assertTrue(String.valueOf(health.get("test")).contains("/q/health/ready"));
            assertTrue(String.valueOf(health.get("test")).contains("127.0.0.1/9000"), "health on the management port");
            assertNull(service.get("ports"), app + " publishes no port: users come through the proxy");
            assertTrue(env.containsKey("JAVA_OPTS_APPEND"), app + " passes JAVA_OPTS_APPEND on");
            assertEquals("30s", service.get("stop_grace_period"), app + " has time to write its cache as it stops");
            Map<String, Object> dependsOn = (Map<String, Object>) service.get("depends_on");
            assertEquals("service_healthy", ((Map<String, Object>) dependsOn.get("db")).get("condition"));
            assertEquals("docker/Dockerfile", ((Map<String, Object>) service.get("build")).get("dockerfile"));
        }

        Map<String, Object> proxy = service("proxy");
        assertEquals(List.of("8080:80"), proxy.get("ports"));
        assertTrue(((List<String>) proxy.get("volumes")).get(0).startsWith("./nginx.conf:"));
        assertEquals(List.of("app1", "app2"), List.copyOf(((Map<String, Object>) proxy.get("depends_on")).keySet()));
    }

    @Test
    void theProxySpreadsRequestsAndLetsLiveUpdatesThrough() throws IOException {
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
        assertTrue(nginx.contains("server app1:8080") && nginx.contains("server app2:8080"));
        assertTrue(Pattern.compile("(?m)^\\s*(ip_hash|sticky|hash)\\b").matcher(nginx).results().findAny().isEmpty(),
                "no sticky sessions needed");
        Matcher events = Pattern.compile("location ~ /events\\$ \\{(.*?)}", Pattern.DOTALL).matcher(nginx);
        assertTrue(events.find(), "a location for live streams");
        assertTrue(events.group(1).contains("proxy_buffering off;"));
        assertTrue(events.group(1).matches("(?s).*proxy_read_timeout \\d+h;.*"));
        assertTrue(nginx.contains("location /q/ {\n        return 404;"), "health and metrics stay internal");
        assertTrue(nginx.contains("client_max_body_size 1m;"));
    }

    @Test
    void theImageBuildsThePostgresqlVariantWithTheWrapperAndRunsUnprivileged() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        List<String> stages = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile).results()
                .map(m -> m.group(1)).toList();
        assertEquals(List.of("eclipse-temurin:17-jdk", "eclipse-temurin:25-jre"), stages,
                "built on the minimum Java, run on the one with the ahead-of-time cache");
        assertTrue(dockerfile.contains("./mvnw -B -q -Ppostgresql package"));
        assertTrue(dockerfile.matches("(?s).*\\nUSER 10001\\n.*"), "runs as a non-root user");
        assertTrue(dockerfile.contains("COPY --from=build"));
        assertTrue(dockerfile.contains("HEALTHCHECK"));
        assertTrue(dockerfile.contains("exec 3<>/dev/tcp/127.0.0.1/9000"), "health on the management port");
        assertFalse(dockerfile.contains("/dev/tcp/127.0.0.1/8080"));
        assertTrue(dockerfile.contains("QUARKUS_MANAGEMENT_HOST=0.0.0.0"), "reachable from the compose network");
    }

    /** The image starts the launcher the build wrote, so it has the same defaults as target/roundtable. */
    @Test
    void theImageRunsTheLauncherWithItsDefaults() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertTrue(dockerfile
                .contains("COPY --from=build --chown=roundtable:roundtable /src/target/roundtable /app/roundtable"));
        assertTrue(dockerfile.contains("/src/target/quarkus-app/ /app/quarkus-app/"),
                "quarkus-app beside the launcher");
        assertTrue(dockerfile.contains("ENTRYPOINT [\"/app/roundtable\"]"));
        assertTrue(dockerfile.contains("JAVA_OPTS_APPEND=\"\""), "no option of its own over the launcher's");
        assertTrue(Files.readString(Path.of("pom.xml")).contains("src/main/launcher/roundtable"));
        for (Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+)").matcher(dockerfile); copy.find();) {
            assertTrue(Files.exists(Path.of(copy.group(1).replaceAll("/$", ""))),
                    "copied path exists: " + copy.group(1));
        }
    }

    /** A new teacher finds, right under the run command, where to sign in and with what. */
    @Test
    void readmeTellsWhereThePasswordAndCodeAre() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String run = readme.substring(readme.indexOf("## Run it"), readme.indexOf("## Test it"));
        assertTrue(run.contains("Created the admin account. Sign in at /signin as 'admin' with the one-time password"));
        assertTrue(run.contains("Demo class is open: students join at"));
        assertTrue(run.contains("/teach"));
        assertTrue(run.contains("-Dquarkus.http.port=") && run.contains("QUARKUS_HTTP_PORT"));
    }

    /** The README's run command starts the launcher, and the README keeps its two commands. */
    @Test
    void readmeRunsTheLauncher() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> commands = Pattern.compile("(?s)```sh\n(.*?)\n```").matcher(readme).results()
                .map(m -> m.group(1)).toList();
        assertEquals(List.of("./mvnw -B -q package -DskipTests && target/roundtable", "./mvnw verify"), commands);
    }
}
