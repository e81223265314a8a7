package org.cokit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the packaged application with SIGKILL while respondents save answers, starts it again on the same database
 * and checks that every save it acknowledged is there. Runs against {@code target/quarkus-app/quarkus-run.jar} in
 * the integration-test phase; on H2 by default (a fresh data folder), on PostgreSQL when {@code durability.jdbc-url}
 * (or {@code DURABILITY_JDBC_URL}) names an empty database and the jar was built with {@code -Dquarkus.profile=pg}.
 */
class CrashDurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COORDINATOR = "coordinator@demo-city";
    private static final String RESPONDENT = "respondent1@demo-city";
    private static final String PASSWORD = "demo";

    private final int writers = Integer.getInteger("durability.writers", 20);
    private final long killAfterMillis = Long.getLong("durability.kill-after-ms", 3000);
    private final int startTimeout = Integer.getInteger("durability.start-timeout-s", 300);
    private final int minimumSaves = Integer.getInteger("durability.minimum-saves", 200);
    private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path dataDir;
    private Process app;
    private int port;

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKill() throws Exception {
        dataDir = Files.createTempDirectory("cokit-durability");
        port = freePort();
        start();
        List<String> questions = coreadyQuestions();
        List<Long> submissions = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            submissions.add(openSubmission("Durability " + w));
        }

        // Each writer owns one submission and saves one question at a time, flipping its value, so a lost save
        // shows as the value before it. A writer has at most one save in flight when the process dies.
        List<Writer> all = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            Writer writer = new Writer(submissions.get(w), questions, stop, started);
            all.add(writer);
            writer.thread.start();
        }
        started.await(30, TimeUnit.SECONDS);
        long writing = System.nanoTime();
        Thread.sleep(killAfterMillis);
        // on a slow machine wait (up to 20 s more) for enough saves to make the check mean something
        long patience = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (all.stream().mapToInt(w -> w.acknowledged.get()).sum() < minimumSaves && System.nanoTime() < patience) {
            Thread.sleep(50);
        }
        long killedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writing);
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        stop.set(true);
        for (Writer writer : all) {
            writer.thread.join(30_000);
        }
        assertEquals(List.of(), refusals, "saves refused while the application ran");
        int acknowledged = all.stream().mapToInt(w -> w.acknowledged.get()).sum();
        assertTrue(acknowledged >= writers, "too few saves before the kill to mean anything: " + acknowledged);

        start();
        int lost = 0;
        List<String> problems = new ArrayList<>();
        for (Writer writer : all) {
            JsonNode stored = get("/api/submissions/" + writer.submission, RESPONDENT);
            long version = stored.get("version").asLong();
            if (version < writer.lastVersion) {
                problems.add("submission " + writer.submission + " is at version " + version
                        + " but version " + writer.lastVersion + " was acknowledged");
            }
            for (Map.Entry<String, String> expected : writer.lastAcknowledged.entrySet()) {
                JsonNode value = stored.get("answers").get(expected.getKey());
                String actual = value == null ? null : value.asText();
                boolean inFlight = expected.getKey().equals(writer.inFlightQuestion)
                        && writer.inFlightValue.equals(actual);
                if (!expected.getValue().equals(actual) && !inFlight) {
                    lost++;
                    problems.add("submission " + writer.submission + " question " + expected.getKey() + ": "
                            + actual + " instead of the acknowledged " + expected.getValue());
                }
            }
        }
        System.out.printf("durability: %d writers, %d acknowledged saves in %d ms, %d lost after kill -9%n",
                writers, acknowledged, killedAfter, lost);
        assertEquals(List.of(), problems, "acknowledged saves lost after kill -9 (" + acknowledged + " acknowledged)");
    }

    /** One respondent's window: saves continuously until told to stop or the server is gone. */
    private final class Writer {
        final long submission;
        final Thread thread;
        final AtomicInteger acknowledged = new AtomicInteger();
        final Map<String, String> lastAcknowledged = new LinkedHashMap<>();
        volatile long lastVersion;
        volatile String inFlightQuestion;
        volatile String inFlightValue;

        Writer(long submission, List<String> questions, AtomicBoolean stop, CountDownLatch started) {
            this.submission = submission;
            this.thread = new Thread(() -> {
                started.countDown();
                Map<String, String> current = new HashMap<>();
                for (int i = 0; !stop.get(); i++) {
                    String question = questions.get(i % questions.size());
                    String value = "yes".equals(current.get(question)) ? "no" : "yes";
                    inFlightQuestion = question;
                    inFlightValue = value;
                    try {
                        HttpResponse<String> response = send("PUT", "/api/submissions/" + submission + "/answers",
                                RESPONDENT, JSON.writeValueAsString(Map.of("answers", Map.of(question, value))));
                        if (response.statusCode() != 200) {
                            refusals.add("save " + i + " of submission " + submission + " answered "
                                    + response.statusCode() + ": " + response.body());
                            return;
                        }
                        lastVersion = JSON.readTree(response.body()).get("version").asLong();
                        current.put(question, value);
                        synchronized (lastAcknowledged) {
                            lastAcknowledged.put(question, value);
                        }
                        acknowledged.incrementAndGet();
                    } catch (IOException | InterruptedException e) {
                        return; // the server died mid-request: this save was never acknowledged
                    }
                }
            }, "writer-" + submission);
        }
    }

    private long openSubmission(String title) throws Exception {
        JsonNode assessment = JSON.readTree(expect(201, send("POST", "/api/assessments", COORDINATOR,
                JSON.writeValueAsString(Map.of("tool", "coready", "title", title)))));
        long id = assessment.get("id").asLong();
        expect(200, send("POST", "/api/assessments/" + id + "/open", COORDINATOR, null));
        return JSON.readTree(expect(201, send("POST", "/api/assessments/" + id + "/submissions", RESPONDENT, null)))
                .get("id").asLong();
    }

    private List<String> coreadyQuestions() throws Exception {
        JsonNode questionnaire = get("/api/questionnaires/coready", RESPONDENT);
        List<String> ids = new ArrayList<>();
        for (JsonNode section : questionnaire.get("sections")) {
            for (JsonNode question : section.get("questions")) {
                if ("yes-no".equals(question.get("type").asText()) && !question.hasNonNull("showIf")) {
                    ids.add(question.get("id").asText());
                }
            }
        }
        assertTrue(ids.size() >= 10, "CoReady has too few yes-no questions: " + ids);
        return ids;
    }

    private void start() throws Exception {
        Path jar = Path.of(System.getProperty("durability.jar", "target/quarkus-app/quarkus-run.jar"));
        assertTrue(Files.isRegularFile(jar), "no packaged application at " + jar + ": run ./mvnw package first");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("app.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("COKIT_DATA_DIR", dataDir.toString());
        env.put("COKIT_DEMO_ENABLED", "true");
        env.put("COKIT_PASSWORD_BCRYPT_COST", "4"); // Basic auth hashes on every request: keep the CPU for saves
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        String url = setting("durability.jdbc-url", "DURABILITY_JDBC_URL");
        if (url != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
            env.put("QUARKUS_DATASOURCE_USERNAME",
                    orElse(setting("durability.username", "DURABILITY_USERNAME"), "cokit"));
            env.put("QUARKUS_DATASOURCE_PASSWORD",
                    orElse(setting("durability.password", "DURABILITY_PASSWORD"), "cokit"));
        }
        app = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(startTimeout);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                fail("the application stopped while starting:\n" + Files.readString(dataDir.resolve("app.log")));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        fail("the application did not become ready within " + startTimeout + " s:\n"
                + Files.readString(dataDir.resolve("app.log")));
    }

    private JsonNode get(String path, String user) throws Exception {
        return JSON.readTree(expect(200, send("GET", path, user, null)));
    }

    private HttpResponse<String> send(String method, String path, String user, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.request().method() + " " + response.request().uri()
                + " answered " + response.body());
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
