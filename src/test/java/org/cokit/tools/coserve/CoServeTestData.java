package org.cokit.tools.coserve;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;

/** Builders for CoServe's tests: Demo City's services, and assessments of them answered by two members. */
public final class CoServeTestData {

    static final List<String> QUESTIONS = List.of("many-users", "profiles-known", "personal-needs",
            "many-complaints", "digital-users", "expert-matter", "open-data", "strategic", "regulated",
            "outcome-known", "own-authority", "resources", "continuity");

    /** The most favourable answers: Yes everywhere except No on the three reverse-coded criteria. */
    static final String FAVOURABLE = "yyyyyn yynnyyy";

    private CoServeTestData() {
    }

    /** A new service of Demo City with a unique name starting with {@code name}; returns its id. */
    public static long service(String name) {
        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("name", name + " " + System.nanoTime(), "description", "A service for the tests",
                        "responsibleUnit", "Test Unit", "approximateUsers", 1200, "channels", List.of("web", "phone")))
                .post("/api/services").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** The name of service {@code id} of Demo City. */
    static String name(long id) {
        return given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/services/" + id).then()
                .statusCode(200).extract().path("name");
    }

    /**
     * A closed CoServe assessment of the service, in which the coordinator and a respondent both answered
     * {@code letters} (one per question in {@link #QUESTIONS}: y yes, n no, ? don't know; spaces ignored).
     */
    static long assessed(long serviceId, String letters) {
        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("tool", "coserve", "subjectId", serviceId)).post("/api/assessments").then()
                .statusCode(201).extract().path("id");
        long assessment = id.longValue();
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .post("/api/assessments/" + assessment + "/open").then().statusCode(200);
        for (String member : List.of(CITY_COORDINATOR, CITY_RESPONDENT)) {
            long submission = TestData.submissionOf(member, assessment);
            given().auth().preemptive().basic(member, PASSWORD).contentType("application/json")
                    .body(Map.of("answers", answers(letters))).put("/api/submissions/" + submission + "/answers")
                    .then().statusCode(200);
            given().auth().preemptive().basic(member, PASSWORD).contentType("application/json")
                    .post("/api/submissions/" + submission + "/submit").then().statusCode(200);
        }
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .post("/api/assessments/" + assessment + "/close").then().statusCode(200);
        return assessment;
    }

    static Map<String, String> answers(String letters) {
        String compact = letters.replace(" ", "");
        Map<String, String> answers = new LinkedHashMap<>();
        for (int q = 0; q < QUESTIONS.size(); q++) {
            answers.put(QUESTIONS.get(q), switch (compact.charAt(q)) {
                case 'y' -> "yes";
                case 'n' -> "no";
                default -> "n/a";
            });
        }
        return answers;
    }
}
