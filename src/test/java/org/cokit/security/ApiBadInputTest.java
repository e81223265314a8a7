package org.cokit.security;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cokit.TestData;
import org.cokit.security.ApiAuthorisationTest.Caller;
import org.junit.jupiter.api.Test;

/**
 * Sends every {@code /api/**} operation that takes a JSON body (read from the OpenAPI document) malformed JSON,
 * the wrong shape, and for each property of its schema the wrong type, a 1 MB string, an unknown enum value, and
 * negative and huge numbers. Every answer must be a 4xx problem document that says what is wrong, and none of Demo
 * City's data may change.
 */
@QuarkusTest
class ApiBadInputTest {

    private static final String MEGABYTE = "x".repeat(1024 * 1024);

    @Inject
    TestData data;

    @Test
    void badBodiesAnswer4xxProblemsAndChangeNothing() {
        ApiAuthorisationTest.Fixture fixture = new ApiAuthorisationTest.Fixture(data, "BadInput" + System.nanoTime());
        Map<String, Object> openApi = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) openApi.get("paths");
        Map<String, String> before = snapshot(fixture);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        int operations = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> byMethod = (Map<String, Object>) path.getValue();
            for (Map.Entry<String, Object> operation : byMethod.entrySet()) {
                Map<String, Object> schema = jsonBodySchema(openApi, operation.getValue());
                if (schema == null || path.getKey().startsWith("/api/public/")) {
                    continue;
                }
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                String caller = callerFor(name);
                String url = fixture.fill(path.getKey());
                for (Map.Entry<String, String> bad : badBodies(openApi, schema).entrySet()) {
                    Response response = given().auth().preemptive().basic(caller, PASSWORD)
                            .contentType("application/json").accept("application/json").body(bad.getValue())
                            .request(operation.getKey().toUpperCase(), url);
                    calls++;
                    String outcome = name + " with " + bad.getKey() + " answered " + response.statusCode() + " "
                            + response.contentType() + ": " + abbreviate(response.asString());
                    if (response.statusCode() < 400 || response.statusCode() >= 500) {
                        failures.add(outcome);
                    } else if (!response.contentType().startsWith("application/problem+json")) {
                        failures.add("not a problem document: " + outcome);
                    } else if (response.statusCode() == 400 && response.jsonPath().getString("detail") == null) {
                        failures.add("no detail: " + outcome);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + calls + " bad requests went wrong");
        assertEquals(before, snapshot(fixture), "bad requests changed stored data");
        assertTrue(operations >= 10, "too few operations with a body: " + operations);
        System.out.println("ApiBadInputTest: " + calls + " bad requests to " + operations + " operations");
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String body = "{\"name\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
        Response response = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .contentType("application/json").body(body).post("/api/services");
        assertEquals(413, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(413, response.jsonPath().getInt("status"));
        assertTrue(response.jsonPath().getString("detail").contains("MB"), response.asString());
    }

    /** The bad bodies for one schema, by a name saying what is wrong with each. */
    private static Map<String, String> badBodies(Map<String, Object> openApi, Map<String, Object> schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"a\": ");
        bodies.put("an array", "[1, 2]");
        bodies.put("a string", "\"text\"");
        bodies.put("a number", "12");
        bodies.put("null", "null");
        bodies.put("a 1 MB key", "{\"" + MEGABYTE + "\": 1}");
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String field = property.getKey();
            Map<String, Object> type = resolve(openApi, property.getValue());
            String kind = String.valueOf(type.get("type"));
            bodies.put(field + " as an object", "{\"" + field + "\": {\"nested\": {\"deeper\": 1}}}");
            bodies.put(field + " of 1 MB", "{\"" + field + "\": \"" + MEGABYTE + "\"}");
            if (type.containsKey("enum") || "array".equals(kind)) {
                bodies.put(field + " with an unknown value", "{\"" + field + "\": "
                        + ("array".equals(kind) ? "[\"NOT-A-VALUE\"]" : "\"NOT-A-VALUE\"") + "}");
            }
            if ("integer".equals(kind) || "number".equals(kind)) {
                bodies.put(field + " as text", "{\"" + field + "\": \"many\"}");
                bodies.put(field + " negative", "{\"" + field + "\": -1}");
                bodies.put(field + " huge", "{\"" + field + "\": 1" + "0".repeat(40) + "}");
            }
            if ("boolean".equals(kind)) {
                bodies.put(field + " as text", "{\"" + field + "\": \"perhaps\"}");
            }
            if ("array".equals(kind)) {
                bodies.put(field + " as a number", "{\"" + field + "\": 42}");
            }
        }
        return bodies;
    }

    /** The JSON schema of the operation's body, or null when it takes none (or not JSON). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonBodySchema(Map<String, Object> openApi, Object operation) {
        if (!(operation instanceof Map<?, ?> op) || !(op.get("requestBody") instanceof Map<?, ?> body)
                || !(body.get("content") instanceof Map<?, ?> content)
                || !(content.get("application/json") instanceof Map<?, ?> json)) {
            return null;
        }
        return json.get("schema") == null ? Map.of() : resolve(openApi, json.get("schema"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> openApi, Object schema) {
        Map<String, Object> map = (Map<String, Object>) schema;
        if (map.get("$ref") instanceof String ref) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openApi.get("components"))
                    .get("schemas");
            return resolve(openApi, schemas.get(name));
        }
        if (map.get("allOf") instanceof List<?> all && all.size() == 1) {
            return resolve(openApi, all.get(0));
        }
        return map;
    }

    /** A member of Demo City allowed to use the operation, so that the body is what gets refused. */
    private static String callerFor(String operation) {
        Set<Caller> allowed = ApiAuthorisationTest.ALLOWED.getOrDefault(operation, Set.of(Caller.COORDINATOR));
        if (allowed.contains(Caller.COORDINATOR)) {
            return CITY_COORDINATOR;
        }
        return allowed.contains(Caller.RESPONDENT) ? CITY_RESPONDENT : ADMIN;
    }

    /** What Demo City's fixture objects and lists look like now, to compare before and after. */
    private static Map<String, String> snapshot(ApiAuthorisationTest.Fixture fixture) {
        Map<String, String> state = new LinkedHashMap<>();
        long city = fixture.idByResource.get("/api/organisations/");
        for (String path : List.of("/api/organisations/" + city, "/api/organisations/" + city + "/sharing",
                "/api/organisations/" + city + "/invitations", "/api/organisations/" + city + "/members",
                "/api/assessments", "/api/services", "/api/actions",
                "/api/assessments/" + fixture.idByResource.get("/api/assessments/"))) {
            state.put(path, given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get(path).then()
                    .statusCode(200).extract().asString());
        }
        String submission = "/api/submissions/" + fixture.idByResource.get("/api/submissions/");
        state.put(submission, given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).get(submission).then()
                .statusCode(200).extract().asString());
        state.put("/api/organisations (admin)", given().auth().preemptive().basic(ADMIN, PASSWORD)
                .get("/api/organisations").then().statusCode(200).extract().asString());
        return state;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
