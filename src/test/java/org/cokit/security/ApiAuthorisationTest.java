package org.cokit.security;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cokit.TestData;
import org.cokit.tools.coserve.CoServeTestData;
import org.junit.jupiter.api.Test;

/**
 * Calls every {@code /api/**} operation of the OpenAPI document as anonymous, as a coordinator of another
 * organisation, as each role of the organisation owning the object and as the admin. Path parameters are filled with
 * Demo City's real ids. An operation missing from {@link #ALLOWED} is still checked: anonymous gets 401, the
 * outsider never a 2xx, nobody a 5xx; {@code /api/public/**} is open to anyone but an invalid token answers 404.
 */
@QuarkusTest
class ApiAuthorisationTest {

    /** Who calls; OUTSIDER is Demo Region's coordinator, the others belong to Demo City or to no organisation. */
    enum Caller {
        ANONYMOUS(null), OUTSIDER(REGION_COORDINATOR), RESPONDENT(CITY_RESPONDENT), MANAGER(CITY_MANAGER),
        ADMIN(TestData.ADMIN), COORDINATOR(CITY_COORDINATOR);

        final String email;

        Caller(String email) {
            this.email = email;
        }
    }

    private static final Set<Caller> MEMBERS = EnumSet.of(Caller.RESPONDENT, Caller.COORDINATOR, Caller.MANAGER);
    private static final Set<Caller> EVERYONE = EnumSet.of(Caller.OUTSIDER, Caller.RESPONDENT, Caller.COORDINATOR,
            Caller.MANAGER, Caller.ADMIN);

    /**
     * Who may use each operation on Demo City's objects (operations without a path id act on the caller's own
     * organisation, so the outsider may use them too and must see none of Demo City's data). A caller not listed
     * must get 401, 403 or 404.
     */
    static final Map<String, Set<Caller>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("GET /api/me", EVERYONE);
        ALLOWED.put("DELETE /api/me", EVERYONE); // without the confirmation: 400, nothing deleted
        ALLOWED.put("GET /api/me/data", EVERYONE);
        ALLOWED.put("GET /api/organisations", EVERYONE);
        ALLOWED.put("POST /api/organisations", EnumSet.of(Caller.ADMIN));
        ALLOWED.put("GET /api/organisations/{id}", union(MEMBERS, Caller.ADMIN));
        ALLOWED.put("DELETE /api/organisations/{id}", EnumSet.of(Caller.ADMIN)); // without the name: 400
        ALLOWED.put("GET /api/organisations/{id}/members",
                EnumSet.of(Caller.COORDINATOR, Caller.MANAGER, Caller.ADMIN));
        ALLOWED.put("GET /api/organisations/{id}/invitations", EnumSet.of(Caller.COORDINATOR, Caller.ADMIN));
        ALLOWED.put("POST /api/organisations/{id}/invitations", EnumSet.of(Caller.COORDINATOR, Caller.ADMIN));
        ALLOWED.put("DELETE /api/organisations/{id}/invitations/{invitationId}",
                EnumSet.of(Caller.COORDINATOR, Caller.ADMIN));
        ALLOWED.put("GET /api/organisations/{id}/sharing", union(MEMBERS, Caller.ADMIN));
        ALLOWED.put("PUT /api/organisations/{id}/sharing", EnumSet.of(Caller.COORDINATOR, Caller.ADMIN));
        ALLOWED.put("GET /api/questionnaires", EVERYONE);
        ALLOWED.put("GET /api/questionnaires/{questionnaireId}", EVERYONE);
        ALLOWED.put("POST /api/scoring/{ruleSetId}/evaluate", EVERYONE);
        ALLOWED.put("POST /api/dex/evaluate", EVERYONE);
        ALLOWED.put("GET /api/assessments", EVERYONE);
        ALLOWED.put("POST /api/assessments", EnumSet.of(Caller.COORDINATOR, Caller.OUTSIDER));
        ALLOWED.put("GET /api/assessments/{id}", MEMBERS);
        ALLOWED.put("POST /api/assessments/{id}/open", EnumSet.of(Caller.COORDINATOR));
        ALLOWED.put("POST /api/assessments/{id}/close", EnumSet.of(Caller.COORDINATOR));
        ALLOWED.put("POST /api/assessments/{id}/submissions", EnumSet.of(Caller.RESPONDENT, Caller.COORDINATOR));
        ALLOWED.put("GET /api/assessments/{id}/comparison", MEMBERS);
        ALLOWED.put("GET /api/assessments/{id}/result", EnumSet.of(Caller.COORDINATOR, Caller.MANAGER));
        ALLOWED.put("GET /api/assessments/{id}/history", EnumSet.of(Caller.COORDINATOR, Caller.MANAGER));
        ALLOWED.put("POST /api/assessments/{id}/actions", EnumSet.of(Caller.COORDINATOR));
        ALLOWED.put("GET /api/actions", EnumSet.of(Caller.COORDINATOR, Caller.MANAGER, Caller.OUTSIDER));
        ALLOWED.put("GET /api/actions/{id}", EnumSet.of(Caller.COORDINATOR, Caller.MANAGER));
        ALLOWED.put("PUT /api/actions/{id}", EnumSet.of(Caller.COORDINATOR));
        ALLOWED.put("GET /api/submissions/{id}", EnumSet.of(Caller.RESPONDENT));
        ALLOWED.put("PUT /api/submissions/{id}/answers", EnumSet.of(Caller.RESPONDENT));
        ALLOWED.put("POST /api/submissions/{id}/submit", EnumSet.of(Caller.RESPONDENT));
        ALLOWED.put("GET /api/audit", EnumSet.of(Caller.COORDINATOR, Caller.ADMIN, Caller.OUTSIDER));
        ALLOWED.put("GET /api/services", union(MEMBERS, Caller.OUTSIDER, Caller.ADMIN));
        ALLOWED.put("POST /api/services", EnumSet.of(Caller.COORDINATOR, Caller.OUTSIDER));
        ALLOWED.put("GET /api/services/{id}", MEMBERS);
        ALLOWED.put("POST /api/services/{id}/choose", EnumSet.of(Caller.COORDINATOR));
        ALLOWED.put("GET /api/coserve/ranking", union(MEMBERS, Caller.OUTSIDER, Caller.ADMIN));
        ALLOWED.put("GET /api/coserve/ranking.csv", union(MEMBERS, Caller.OUTSIDER, Caller.ADMIN));
        // each sees its own organisation's journeys; an administrator, in none, an empty list (as for services)
        ALLOWED.put("GET /api/journeys", union(MEMBERS, Caller.OUTSIDER, Caller.ADMIN));
    }

    @Inject
    TestData data;

    @Test
    void everyApiOperationAnswersEachCallerAsExpected() {
        String marker = "CitySecret" + System.nanoTime();
        Fixture fixture = new Fixture(data, marker);
        Map<String, Object> paths = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().path("paths");
        List<String> failures = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> operations = (Map<String, Object>) path.getValue();
            for (String method : operations.keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path.getKey();
                boolean isPublic = path.getKey().startsWith("/api/public/");
                Set<Caller> allowed = ALLOWED.get(operation);
                if (allowed == null && !isPublic) {
                    unlisted.add(operation);
                }
                String url = fixture.fill(path.getKey());
                String contentType = requestContentType(operations.get(method));
                for (Caller caller : Caller.values()) {
                    Response response = call(caller, method, url, contentType);
                    calls++;
                    String outcome = operation + " as " + caller + " (" + url + ") answered "
                            + response.statusCode() + ": " + abbreviate(response.asString());
                    int status = response.statusCode();
                    if (status >= 500) {
                        failures.add("server error: " + outcome);
                    } else if (isPublic) {
                        if (path.getKey().contains("{") && status != 404) {
                            failures.add("an invalid public token must answer 404: " + outcome);
                        }
                    } else if (caller == Caller.ANONYMOUS) {
                        if (status != 401) {
                            failures.add("expected 401: " + outcome);
                        }
                    } else if (allowed == null) {
                        if (caller == Caller.OUTSIDER && status < 300) {
                            failures.add("no expectation, and an outsider got a " + status + ": " + outcome);
                        }
                    } else if (allowed.contains(caller)) {
                        if (status == 401 || status == 403) {
                            failures.add("expected access: " + outcome);
                        }
                    } else if (status != 403 && status != 404) {
                        failures.add("expected 403 or 404: " + outcome);
                    }
                    if ((caller == Caller.OUTSIDER || caller == Caller.ANONYMOUS)
                            && (response.asString().contains(marker) || response.asString().contains("Demo City"))) {
                        failures.add("Demo City's data leaked: " + outcome);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + calls + " calls went wrong");
        assertTrue(calls >= ALLOWED.size() * Caller.values().length, "only " + calls + " calls made");
        assertTrue(ALLOWED.keySet().stream().allMatch(op -> paths.containsKey(op.substring(op.indexOf(' ') + 1))),
                "an operation in ALLOWED is no longer in the OpenAPI document: " + ALLOWED.keySet());
        System.out.println("ApiAuthorisationTest: " + calls + " calls; operations without an expectation (checked "
                + "generically): " + unlisted);
    }

    private static Response call(Caller caller, String method, String url, String contentType) {
        RequestSpecification request = given().redirects().follow(false).accept("application/json, */*;q=0.5");
        if (caller.email != null) {
            request = request.auth().preemptive().basic(caller.email, PASSWORD);
        }
        if (!"get".equals(method) && !"delete".equals(method) || contentType != null) {
            boolean xml = contentType != null && contentType.contains("xml");
            request = request.contentType(contentType == null ? "application/json" : contentType)
                    .body(xml ? "<nothing/>" : "{}");
        }
        return request.request(method.toUpperCase(), url);
    }

    @SuppressWarnings("unchecked")
    private static String requestContentType(Object operation) {
        Object body = ((Map<String, Object>) operation).get("requestBody");
        if (body instanceof Map<?, ?> b && b.get("content") instanceof Map<?, ?> content && !content.isEmpty()) {
            return content.keySet().iterator().next().toString();
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    @SafeVarargs
    private static <T extends Enum<T>> Set<T> union(Set<T> set, T... more) {
        EnumSet<T> all = EnumSet.copyOf(set);
        all.addAll(List.of(more));
        return all;
    }

    /** Demo City's objects, one of each kind, named with a marker that must never reach an outsider. */
    static final class Fixture {
        final Map<String, Long> idByResource = new LinkedHashMap<>();
        final long invitation;

        Fixture(TestData data, String marker) {
            long city = data.organisationIdOf(CITY_COORDINATOR);
            Number invitationId = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                    .contentType("application/json")
                    .body(Map.of("email", TestData.uniqueEmail("authz"), "displayName", marker, "roles",
                            List.of("respondent")))
                    .post("/api/organisations/" + city + "/invitations").then().statusCode(201).extract().path("id");
            invitation = invitationId.longValue();
            long action = TestData.adoptedAction();
            given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                    .body(Map.of("owner", marker)).put("/api/actions/" + action).then().statusCode(200);
            long assessment = TestData.openAssessment();
            long submission = TestData.submissionOf(CITY_RESPONDENT, TestData.openAssessment());
            idByResource.put("/api/organisations/", city);
            idByResource.put("/api/assessments/", assessment);
            idByResource.put("/api/submissions/", submission);
            idByResource.put("/api/actions/", action);
            idByResource.put("/api/services/", CoServeTestData.service(marker));
        }

        /** The path with Demo City's ids in it; an unknown resource gets an id that exists nowhere. */
        String fill(String path) {
            if (path.startsWith("/api/public/")) {
                return path.replaceAll("\\{[^}]+}", "not-a-valid-token-00000000000000");
            }
            String id = idByResource.entrySet().stream().filter(e -> path.startsWith(e.getKey()))
                    .map(e -> String.valueOf(e.getValue())).findFirst().orElse("999999999");
            return path.replace("{id}", id).replace("{invitationId}", String.valueOf(invitation))
                    .replace("{questionnaireId}", "sample").replace("{ruleSetId}", "sample")
                    .replaceAll("\\{[^}]+}", "999999999");
        }
    }
}
