package org.cokit.tools.conew;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;

import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builders for CoNew's tests: Demo City journeys, links and anonymous annotations through the API. */
@ApplicationScoped
public class ConewTestData {

    /** A journey, its stage ids in order, and a public link's id and token. */
    public record Built(long journeyId, List<Long> stageIds, long linkId, String token) {
    }

    static RequestSpecification coordinator() {
        return given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json");
    }

    /** A journey of Demo City's chosen service with the stages (no touchpoints) and one open link. */
    public static Built journey(String... stages) {
        List<Map<String, Object>> stageList = java.util.Arrays.stream(stages)
                .map(s -> Map.<String, Object>of("name", s)).toList();
        Number id = coordinator().body(Map.of("title", "Test journey " + System.nanoTime(), "stages", stageList))
                .post("/api/journeys").then().statusCode(201).extract().path("id");
        List<Number> ids = coordinator().get("/api/journeys/" + id).then().statusCode(200).extract()
                .path("stages.id");
        Map<String, Object> link = link(id.longValue(), "Test link", null);
        return new Built(id.longValue(), ids.stream().map(Number::longValue).toList(),
                ((Number) link.get("id")).longValue(), tokenOf((String) link.get("url")));
    }

    /** A new public link of the journey: the API's answer (with the url, shown only once). */
    public static Map<String, Object> link(long journeyId, String label, String channel) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("label", label));
        if (channel != null) {
            body.put("channel", channel);
        }
        return coordinator().body(body).post("/api/journeys/" + journeyId + "/links").then().statusCode(201)
                .extract().path("$");
    }

    public static String tokenOf(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** An anonymous annotation through the JSON API (what the page's script sends); returns its id. */
    public static long annotate(String token, long stageId, Integer feeling, String problem, String idea) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("stageId", stageId);
        if (feeling != null) {
            body.put("feeling", feeling);
        }
        if (problem != null) {
            body.put("problem", problem);
        }
        if (idea != null) {
            body.put("idea", idea);
        }
        Number id = given().contentType("application/json").body(body).post("/api/public/journeys/" + token
                + "/annotations").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    public static void moderate(long journeyId, long annotationId, Map<String, Object> decision) {
        coordinator().body(decision).post("/api/journeys/" + journeyId + "/annotations/" + annotationId
                + "/moderation").then().statusCode(200);
    }

    public static void publish(long journeyId, long annotationId) {
        moderate(journeyId, annotationId, Map.of("action", "publish"));
    }

    /** Moves a link's closing date into the past, as if its day had gone by. */
    @Transactional
    public void expire(long linkId) {
        JourneyLink link = JourneyLink.findById(linkId);
        link.closesAt = Instant.now().minusSeconds(60);
    }
}
