package org.cokit.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of docker/ without a Docker engine: the image copies Quarkus' fast-jar layout, runs as a
 * non-root user, exposes the application's port and checks its health; compose and the Kubernetes manifests use
 * environment names the application reads, and their ports, probes and references agree.
 */
class DockerFilesTest {

    /** The fast-jar layout under target/quarkus-app; DockerImageIT checks these exist after the package phase. */
    static final Set<String> QUARKUS_APP_LAYOUT = Set.of("lib/", "quarkus-run.jar", "app/", "quarkus/");
    /** Environment names that are not configuration keys. */
    private static final Set<String> NOT_CONFIG = Set.of("JAVA_OPTS");
    private static final int APPLICATION_PORT = 8080;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static List<String> dockerfile;
    private static Set<String> knownEnvironmentNames;

    @BeforeAll
    static void read() throws IOException {
        dockerfile = instructions(Files.readString(Path.of("docker/Dockerfile")));
        knownEnvironmentNames = knownEnvironmentNames();
    }

    @Test
    void theImageCopiesTheFastJarLayoutOnly() {
        List<String> sources = copySources();
        assertEquals(QUARKUS_APP_LAYOUT.size(), sources.size(), "COPY sources: " + sources);
        for (String source : sources) {
            assertTrue(source.startsWith("target/quarkus-app/"), source + " is not from the packaged application");
            assertTrue(QUARKUS_APP_LAYOUT.contains(source.substring("target/quarkus-app/".length())),
                    source + " is not part of Quarkus' fast-jar layout " + QUARKUS_APP_LAYOUT);
        }
        assertTrue(instruction("ENTRYPOINT").contains("/deployments/quarkus-run.jar"));
    }

    @Test
    void theImageRunsAsANonRootUserOnASlimJreWithAHealthCheck() {
        assertTrue(instruction("FROM").matches("eclipse-temurin:17-jre-alpine"), instruction("FROM"));
        String user = instruction("USER");
        assertTrue(user.matches("[1-9][0-9]*"), "USER must be a numeric non-root id, is " + user);
        assertTrue(instruction("RUN").contains("-u " + user), "the user " + user + " is created");
        String health = instruction("HEALTHCHECK");
        assertTrue(health.contains("http://127.0.0.1:" + APPLICATION_PORT + "/q/health/ready"), health);
    }

    @Test
    void theExposedPortIsTheApplicationsPort() {
        assertEquals(String.valueOf(APPLICATION_PORT), instruction("EXPOSE"));
        assertEquals(String.valueOf(APPLICATION_PORT), dockerEnvironment().get("QUARKUS_HTTP_PORT"));
        // the application itself: no quarkus.http.port in application.properties means Quarkus' 8080
        assertFalse(applicationProperties().contains("\nquarkus.http.port="), "quarkus.http.port changed: update docker/");
    }

    @Test
    void theImageAndComposeUseOnlyEnvironmentNamesTheApplicationReads() throws IOException {
        assertKnown("docker/Dockerfile", dockerEnvironment().keySet());
        JsonNode compose = YAML.readTree(Path.of("docker/compose.yaml").toFile());
        assertKnown("docker/compose.yaml", names(compose.at("/services/cokit/environment")));
    }

    @Test
    void composeStartsCoKitWithPostgresql15OnANamedVolumeWithHealthChecks() throws IOException {
        JsonNode compose = YAML.readTree(Path.of("docker/compose.yaml").toFile());
        JsonNode db = compose.at("/services/db");
        JsonNode cokit = compose.at("/services/cokit");
        assertTrue(db.path("image").asText().startsWith("postgres:15"), db.path("image").asText());
        String volume = db.path("volumes").get(0).asText().split(":")[0];
        assertTrue(compose.path("volumes").has(volume), "the volume " + volume + " is declared by name");
        assertTrue(db.path("healthcheck").path("test").toString().contains("pg_isready"));
        assertEquals("service_healthy", cokit.at("/depends_on/db/condition").asText());
        assertTrue(cokit.path("healthcheck").path("test").toString().contains("/q/health/ready"));
        JsonNode environment = cokit.path("environment");
        assertEquals("false", environment.path("COKIT_DEMO_ENABLED").asText());
        assertTrue(environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:postgresql://db:5432/"));
        for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY")) {
            assertTrue(environment.has(name), name);
        }
        assertEquals("8080:" + APPLICATION_PORT, cokit.path("ports").get(0).asText());
    }

    @Test
    void theKubernetesManifestsAgree() throws IOException {
        Map<String, JsonNode> byKind = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("docker/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode manifest = YAML.readTree(file.toFile());
                byKind.put(manifest.path("kind").asText(), manifest);
            }
        }
        assertTrue(byKind.keySet().containsAll(Set.of("Deployment", "Service", "ConfigMap", "Secret",
                "PodDisruptionBudget", "Kustomization")), byKind.keySet().toString());
        JsonNode deployment = byKind.get("Deployment");
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals(APPLICATION_PORT, container.at("/ports/0/containerPort").asInt());
        String portName = container.at("/ports/0/name").asText();
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals(portName, container.at("/readinessProbe/httpGet/port").asText());
        assertEquals(portName, byKind.get("Service").at("/spec/ports/0/targetPort").asText());
        assertEquals(1001, deployment.at("/spec/template/spec/securityContext/runAsUser").asInt());
        assertEquals(instruction("USER"), deployment.at("/spec/template/spec/securityContext/runAsUser").asText());

        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        assertEquals(labels, byKind.get("PodDisruptionBudget").at("/spec/selector/matchLabels"));
        assertEquals(labels, byKind.get("Service").at("/spec/selector"));
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2, "several instances");

        assertEquals(byKind.get("ConfigMap").at("/metadata/name").asText(),
                container.at("/envFrom/0/configMapRef/name").asText());
        assertEquals(byKind.get("Secret").at("/metadata/name").asText(),
                container.at("/envFrom/1/secretRef/name").asText());
        assertKnown("docker/k8s/configmap.yaml", names(byKind.get("ConfigMap").path("data")));
        assertKnown("docker/k8s/secret.yaml", names(byKind.get("Secret").path("stringData")));
        assertEquals("false", byKind.get("ConfigMap").at("/data/COKIT_DEMO_ENABLED").asText());

        List<String> resources = new ArrayList<>();
        byKind.get("Kustomization").path("resources").forEach(r -> resources.add(r.asText()));
        for (String resource : resources) {
            assertTrue(Files.exists(Path.of("docker/k8s", resource)), resource);
        }
        assertEquals(5, resources.size(), resources.toString());
    }

    private static void assertKnown(String file, Set<String> names) {
        List<String> unknown = names.stream().filter(n -> !NOT_CONFIG.contains(n) && !knownEnvironmentNames.contains(n))
                .sorted().toList();
        assertEquals(List.of(), unknown, file + " sets environment names that no configuration key has");
    }

    /**
     * Environment forms of every key the application reads: its own cokit.* keys, and the Quarkus keys of the
     * extensions on the class path, from their configuration models.
     */
    private static Set<String> knownEnvironmentNames() throws IOException {
        Set<String> names = new HashSet<>();
        ConfigReferenceTest.keysInCode().forEach(k -> names.add(ConfigReferenceTest.environmentName(k)));
        Pattern quarkusKey = Pattern.compile("\"(quarkus\\.[a-z0-9.\\-]+)\"");
        for (URL model : Collections.list(DockerFilesTest.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
            try (InputStream in = model.openStream()) {
                Matcher matcher = quarkusKey.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(ConfigReferenceTest.environmentName(matcher.group(1)));
                }
            }
        }
        assertTrue(names.contains("QUARKUS_DATASOURCE_JDBC_URL"), "the Quarkus configuration models were not found");
        return names;
    }

    private static Set<String> names(JsonNode object) {
        assertNotNull(object);
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertFalse(names.isEmpty());
        return names;
    }

    private static String applicationProperties() {
        try {
            return "\n" + Files.readString(Path.of("src/main/resources/application.properties"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The Dockerfile's instructions, continuation lines joined and comments left out. */
    private static List<String> instructions(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && current.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                result.add(current.append(trimmed).toString().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return result;
    }

    private static String instruction(String keyword) {
        return dockerfile.stream().filter(i -> i.startsWith(keyword + " ")).reduce((a, b) -> b)
                .map(i -> i.substring(keyword.length() + 1)).orElseThrow(() -> new AssertionError("no " + keyword));
    }

    private static List<String> copySources() {
        return dockerfile.stream().filter(i -> i.startsWith("COPY ")).map(i -> {
            String[] words = i.split(" ");
            return words[words.length - 2];
        }).toList();
    }

    private static Map<String, String> dockerEnvironment() {
        Map<String, String> environment = new HashMap<>();
        Matcher matcher = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\"[^\"]*\"|\\S+)").matcher(instruction("ENV"));
        while (matcher.find()) {
            environment.put(matcher.group(1), matcher.group(2).replace("\"", ""));
        }
        return environment;
    }
}
