package org.cokit.tools.conew;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.cokit.tools.conew.ConewTestData.annotate;
import static org.cokit.tools.conew.ConewTestData.coordinator;
import static org.cokit.tools.conew.ConewTestData.moderate;
import static org.cokit.tools.conew.ConewTestData.publish;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CoNew over HTTP: building a journey, public links (revoked, expired), anonymous annotation with and without
 * JavaScript, support once per browser, the rate limit, moderation and the aggregated feedback.
 */
@QuarkusTest
class CoNewTest {

    @Inject
    ConewTestData data;

    /** Other test classes may choose another of Demo City's services; these tests start from the demo's choice. */
    @BeforeEach
    void demoCitysChoiceIsTheParkingPermits() {
        List<Map<String, Object>> services = coordinator().get("/api/services").then().statusCode(200)
                .extract().path("$");
        Map<String, Object> parking = services.stream()
                .filter(s -> "Parking permits for residents".equals(s.get("name"))).findFirst().orElseThrow();
        if (!Boolean.TRUE.equals(parking.get("chosen"))) {
            coordinator().body(Map.of("reason", "Back to the demo's choice"))
                    .post("/api/services/" + parking.get("id") + "/choose").then().statusCode(200);
        }
    }

    @Test
    void aCoordinatorBuildsAJourneyAndReordersItsStages() {
        Number id = coordinator().body(Map.of("title", "Applying for a permit", "persona", "A new resident",
                "stages", List.of(Map.of("name", "Applying", "userAction", "I fill in the form", "touchpoints",
                        List.of(Map.of("name", "Online form", "channel", "web"))), Map.of("name", "Becoming aware"))))
                .post("/api/journeys").then().statusCode(201).body("serviceName",
                        equalTo("Parking permits for residents"))
                .body("stages.name", equalTo(List.of("Applying", "Becoming aware")))
                .body("stages[0].touchpoints[0].channel", equalTo("web")).extract().path("id");
        List<Number> stages = coordinator().get("/api/journeys/" + id).then().extract().path("stages.id");
        coordinator().post("/api/journeys/" + id + "/stages/" + stages.get(1) + "/move?direction=up").then()
                .statusCode(200).body("stages.name", equalTo(List.of("Becoming aware", "Applying")))
                .body("stages.position", equalTo(List.of(1, 2)));
        coordinator().body(Map.of("name", "Receiving")).post("/api/journeys/" + id + "/stages").then()
                .statusCode(201).body("position", equalTo(3));
        coordinator().body(Map.of("name", "Applying online", "touchpoints", List.of(Map.of("name", "Form",
                "channel", "fax")))).put("/api/journeys/" + id + "/stages/" + stages.get(0)).then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        coordinator().body(Map.of("title", "")).post("/api/journeys").then().statusCode(400)
                .body("errors[0].field", equalTo("title"));

        // the page: move down by keyboard-usable buttons, the map rendered on the server
        Browser browser = TestData.login(CITY_COORDINATOR, PASSWORD);
        String page = browser.get("/journeys/" + id).asString();
        assertTrue(page.contains("class=\"journey-map\""), page);
        assertTrue(page.contains("Online form"));
        browser.submit("/journeys/" + id, "/journeys/" + id + "/stages/" + stages.get(1) + "/move",
                Map.of("direction", "down")).then().statusCode(303);
        coordinator().get("/api/journeys/" + id).then().body("stages.name",
                equalTo(List.of("Applying", "Becoming aware", "Receiving")));
        // another organisation sees nothing
        given().auth().preemptive().basic(REGION_COORDINATOR, PASSWORD).get("/api/journeys/" + id).then()
                .statusCode(404);
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).contentType("application/json")
                .body(Map.of("title", "Not mine")).post("/api/journeys").then().statusCode(403);
    }

    @Test
    void aLinkShowsTheJourneyUntilItIsRevokedOrExpires() {
        ConewTestData.Built built = ConewTestData.journey("Becoming aware", "Applying");
        String token = built.token();
        assertTrue(token.length() >= 22, "128 random bits, base64url");
        given().get("/api/public/journeys/" + token).then().statusCode(200)
                .body("stages.name", equalTo(List.of("Becoming aware", "Applying")))
                .body("stages[0].id", equalTo(built.stageIds().get(0).intValue()));
        given().header("Accept-Language", "sl").get("/j/" + token).then().statusCode(200)
                .body(containsString("lang=\"sl\"")).body(containsString("Povejte nam"));
        given().get("/j/" + token + "?lang=da").then().statusCode(200).body(containsString("lang=\"da\""));
        // the token is not stored, only its hash; the API does not show it again
        coordinator().get("/api/journeys/" + built.journeyId()).then().body("links[0].url", equalTo(null));

        // the printable page has the QR code, for the creator who has the token
        Browser browser = TestData.login(CITY_COORDINATOR, PASSWORD);
        String print = browser.get("/journeys/" + built.journeyId() + "/links/" + built.linkId() + "?token="
                + token).asString();
        assertTrue(print.contains("<svg class=\"qr\"") && print.contains("/j/" + token), print);
        browser.get("/journeys/" + built.journeyId() + "/links/" + built.linkId() + "?token=wrong").then()
                .statusCode(404);

        coordinator().post("/api/journeys/" + built.journeyId() + "/links/" + built.linkId() + "/revoke").then()
                .statusCode(200).body("open", equalTo(false));
        given().get("/j/" + token).then().statusCode(410).body(containsString("This link is closed"))
                .body(not(containsString("Exception")));
        given().get("/api/public/journeys/" + token).then().statusCode(410);
        given().contentType("application/json").body(Map.of("stageId", built.stageIds().get(0), "feeling", 3))
                .post("/api/public/journeys/" + token + "/annotations").then().statusCode(410);

        Map<String, Object> second = ConewTestData.link(built.journeyId(), "Until tomorrow", "office");
        String secondToken = ConewTestData.tokenOf((String) second.get("url"));
        data.expire(((Number) second.get("id")).longValue());
        given().get("/j/" + secondToken).then().statusCode(410).body(containsString("This link is closed"));
        given().get("/j/not-a-real-token").then().statusCode(404).body(containsString("This link does not work"));
        coordinator().body(Map.of("label", "Past", "closesOn", "2001-01-01"))
                .post("/api/journeys/" + built.journeyId() + "/links").then().statusCode(400)
                .body("errors[0].field", equalTo("closesOn"));
    }

    @Test
    void serviceUsersAnnotateWithAndWithoutJavaScript() {
        ConewTestData.Built built = ConewTestData.journey("Applying", "Receiving");
        long stage = built.stageIds().get(0);
        // with JavaScript: the page's script posts JSON
        long viaApi = annotate(built.token(), stage, 2, "The form timed out", null);
        given().contentType("application/json").body(Map.of("stageId", stage)).post("/api/public/journeys/"
                + built.token() + "/annotations").then().statusCode(400).body("errors[0].field", equalTo("feeling"))
                .body("errors[0].code", equalTo("nothing-said"));
        given().contentType("application/json").body(Map.of("stageId", stage, "feeling", 6))
                .post("/api/public/journeys/" + built.token() + "/annotations").then().statusCode(400)
                .body("errors[0].field", equalTo("feeling"));
        given().contentType("application/json").body(Map.of("stageId", stage, "idea", "x".repeat(1001)))
                .post("/api/public/journeys/" + built.token() + "/annotations").then().statusCode(400)
                .body("errors[0].field", equalTo("idea")).body("errors[0].code", equalTo("too-long"));

        // without JavaScript: a plain form post with the CSRF token of the page
        Browser anonymous = TestData.anonymous();
        String stagePage = "/j/" + built.token() + "/stages/" + stage;
        String html = anonymous.get(stagePage).asString();
        assertTrue(html.contains("name=\"website\"") && html.contains("data-api=\"/api/public/journeys/"), html);
        anonymous.submit(stagePage, stagePage, Map.of("feeling", "4", "idea", "Let me save and finish later",
                "problem", "")).then().statusCode(303).header("Location", containsString("done=thanks"));
        // nothing said: the page comes back with a message and keeps the contact details typed
        Response refused = anonymous.submit(stagePage, stagePage, Map.of("feeling", "", "problem", " ",
                "contact", "yes", "contactName", "Ana", "contactEmail", "not-an-address"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("value=\"Ana\"") && refused.asString().contains("error-summary"));
        // the honeypot: answered as accepted, nothing stored
        anonymous.submit(stagePage, stagePage, Map.of("feeling", "1", "website", "http://spam.example"))
                .then().statusCode(303);
        given().contentType("application/json").body(Map.of("stageId", stage, "feeling", 1, "website", "x"))
                .post("/api/public/journeys/" + built.token() + "/annotations").then().statusCode(202);

        List<Map<String, Object>> pending = coordinator().get("/api/journeys/" + built.journeyId()
                + "/annotations?status=pending").then().statusCode(200).extract().path("$");
        assertEquals(2, pending.size(), pending.toString());
        assertEquals(viaApi, ((Number) pending.get(0).get("id")).longValue());
        assertEquals("Let me save and finish later", pending.get(1).get("idea"));
        assertEquals(4, pending.get(1).get("feeling"));
        assertNull(pending.get(1).get("contactEmail"));
        // nothing is public before moderation
        given().get("/api/public/journeys/" + built.token()).then().body("stages[0].ideas.size()", equalTo(0));
    }

    @Test
    void anIdeaIsSupportedOncePerBrowser() {
        ConewTestData.Built built = ConewTestData.journey("Applying");
        long stage = built.stageIds().get(0);
        long idea = annotate(built.token(), stage, null, null, "Book a time at the desk");
        long unpublished = annotate(built.token(), stage, null, null, "Not yet published");
        publish(built.journeyId(), idea);
        String votes = "/api/public/journeys/" + built.token() + "/annotations/" + idea + "/votes";
        Response first = given().contentType("application/json").post(votes);
        first.then().statusCode(200).body("counted", equalTo(true));
        String voter = first.getCookie("cokit-voter");
        assertTrue(voter != null && voter.length() >= 22);
        given().contentType("application/json").cookie("cokit-voter", voter).post(votes).then().statusCode(200).body("counted", equalTo(false))
                .body("alreadySupported", equalTo(true));
        // another browser, through the page without JavaScript
        Browser other = TestData.anonymous();
        String stagePage = "/j/" + built.token() + "/stages/" + stage;
        other.submit(stagePage, "/j/" + built.token() + "/ideas/" + idea + "/support", Map.of("stage",
                String.valueOf(stage))).then().statusCode(303).header("Location", containsString("done=supported"));
        other.post("/j/" + built.token() + "/ideas/" + idea + "/support", Map.of("stage", String.valueOf(stage)),
                null).then().statusCode(303).header("Location", containsString("done=already"));
        given().contentType("application/json").post("/api/public/journeys/" + built.token() + "/annotations/" + unpublished + "/votes").then()
                .statusCode(404);
        given().get("/api/public/journeys/" + built.token()).then().body("stages[0].ideas[0].support", equalTo(2));
        coordinator().get("/api/journeys/" + built.journeyId() + "/feedback").then()
                .body("ideas[0].support", equalTo(2)).body("ideas[0].idea", equalTo("Book a time at the desk"));
    }

    @Test
    void aFloodThroughOneLinkIsRefusedKindly() {
        ConewTestData.Built built = ConewTestData.journey("Applying");
        long stage = built.stageIds().get(0);
        for (int i = 0; i < 20; i++) {
            annotate(built.token(), stage, 3, null, null);
        }
        given().contentType("application/json").body(Map.of("stageId", stage, "feeling", 3))
                .post("/api/public/journeys/" + built.token() + "/annotations").then().statusCode(429);
        Browser anonymous = TestData.anonymous();
        String stagePage = "/j/" + built.token() + "/stages/" + stage;
        Response page = anonymous.submit(stagePage, stagePage, Map.of("problem", "Kept text"));
        assertEquals(429, page.statusCode());
        assertTrue(page.asString().contains("Kept text") && page.asString().contains("wait a few minutes"));
        // another link of the same journey is not affected
        Map<String, Object> other = ConewTestData.link(built.journeyId(), "Other", null);
        annotate(ConewTestData.tokenOf((String) other.get("url")), stage, 3, null, null);
    }

    @Test
    void moderationPublishesHidesMergesAndRedactsWithoutDeleting() {
        ConewTestData.Built built = ConewTestData.journey("Applying");
        long stage = built.stageIds().get(0);
        long first = annotate(built.token(), stage, 2, "My name is Ana Horvat and the form failed", null);
        long spam = annotate(built.token(), stage, null, "Cheap watches", null);
        long duplicate = annotate(built.token(), stage, 1, null, "Save as I go");
        long original = annotate(built.token(), stage, 2, null, "Save the form as I go");
        long journey = built.journeyId();
        publish(journey, first);
        publish(journey, original);
        coordinator().body(Map.of("action", "hide")).post("/api/journeys/" + journey + "/annotations/" + spam
                + "/moderation").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        moderate(journey, spam, Map.of("action", "hide", "reason", "Advertising"));
        moderate(journey, duplicate, Map.of("action", "merge", "mergeInto", original));
        coordinator().body(Map.of("action", "merge", "mergeInto", duplicate)).post("/api/journeys/" + journey
                + "/annotations/" + first + "/moderation").then().statusCode(400)
                .body("errors[0].field", equalTo("mergeInto"));
        coordinator().body(Map.of("action", "redact", "problem", "My name is [name] and the form failed"))
                .post("/api/journeys/" + journey + "/annotations/" + first + "/moderation").then().statusCode(200)
                .body("problem", equalTo("My name is [name] and the form failed")).body("redacted", equalTo(true));
        given().auth().preemptive().basic(TestData.CITY_RESPONDENT, PASSWORD).get("/api/journeys/" + journey
                + "/annotations").then().statusCode(403);
        given().auth().preemptive().basic(CITY_MANAGER, PASSWORD).contentType("application/json")
                .body(Map.of("action", "publish")).post("/api/journeys/" + journey + "/annotations/" + spam
                        + "/moderation").then().statusCode(403);

        List<Map<String, Object>> all = coordinator().get("/api/journeys/" + journey + "/annotations").then()
                .extract().path("$");
        assertEquals(4, all.size(), "nothing is deleted");
        Map<String, Object> hidden = all.stream().filter(a -> ((Number) a.get("id")).longValue() == spam)
                .findFirst().orElseThrow();
        assertEquals("hidden", hidden.get("status"));
        assertEquals("Advertising", hidden.get("hiddenReason"));
        Map<String, Object> merged = all.stream().filter(a -> ((Number) a.get("id")).longValue() == duplicate)
                .findFirst().orElseThrow();
        assertEquals("merged", merged.get("status"));
        assertEquals(original, ((Number) merged.get("mergedInto")).longValue());
        // every decision is in the audit log, the redacted text is not
        List<Map<String, Object>> entries = coordinator().get("/api/audit").then().statusCode(200).extract()
                .path("entries");
        assertTrue(entries.stream().anyMatch(e -> "annotation-hidden".equals(e.get("action"))
                && ((Number) e.get("objectId")).longValue() == spam));
        assertTrue(entries.stream().anyMatch(e -> "annotation-redacted".equals(e.get("action"))
                && "fields=problem".equals(e.get("details"))));
        assertFalse(entries.toString().contains("Horvat"));
        // the public page shows only the published idea
        given().get("/api/public/journeys/" + built.token()).then()
                .body("stages[0].ideas.idea", equalTo(List.of("Save the form as I go")));

        Browser browser = TestData.login(CITY_COORDINATOR, PASSWORD);
        String queue = browser.get("/journeys/" + journey + "/moderation?status=all").asString();
        assertTrue(queue.contains("Advertising") && queue.contains("Save the form as I go"), queue);

        // a page form's error: the summary links to that annotation's field, which names its error
        long another = annotate(built.token(), stage, 3, "Queue too long", null);
        String refused = browser.submit("/journeys/" + journey + "/moderation", "/journeys/" + journey
                + "/annotations/" + another, Map.of("action", "hide", "status", "pending")).then().statusCode(400)
                .extract().asString();
        assertTrue(refused.contains("<a href=\"#reason-" + another + "\">"), refused);
        assertTrue(refused.contains("id=\"reason-" + another + "\" name=\"reason\""), refused);
        assertTrue(refused.contains("aria-describedby=\"reason-" + another + "-error\""), refused);
        assertTrue(refused.contains("<p class=\"error\" id=\"reason-" + another + "-error\">"), refused);
    }

    @Test
    void theFeedbackAggregatesPublishedAnnotationsPerStage() {
        ConewTestData.Built built = ConewTestData.journey("Aware", "Applying", "Receiving");
        long aware = built.stageIds().get(0);
        long applying = built.stageIds().get(1);
        long journey = built.journeyId();
        Map<String, Object> office = ConewTestData.link(journey, "Desk", "office");
        String officeToken = ConewTestData.tokenOf((String) office.get("url"));
        long[] ids = {
            annotate(built.token(), aware, 4, null, null),
            annotate(built.token(), aware, 5, null, "Remind me before it expires"),
            annotate(built.token(), applying, 1, "The form timed out", "Save the form"),
            annotate(built.token(), applying, 2, "The form is long", null),
            annotate(officeToken, applying, 2, null, null),
            annotate(officeToken, applying, null, "Queue at the desk", "Save the form"),
        };
        long hidden = annotate(built.token(), applying, 5, "spam", null);
        long pending = annotate(built.token(), aware, 1, null, null);
        for (int i = 0; i < 5; i++) {
            publish(journey, ids[i]);
        }
        moderate(journey, ids[5], Map.of("action", "merge", "mergeInto", ids[2]));
        moderate(journey, hidden, Map.of("action", "hide", "reason", "Spam"));
        assertTrue(pending > 0);
        given().contentType("application/json").post("/api/public/journeys/" + built.token() + "/annotations/" + ids[1] + "/votes").then()
                .statusCode(200);

        Response feedback = coordinator().get("/api/journeys/" + journey + "/feedback");
        feedback.then().statusCode(200).body("annotations", equalTo(6)).body("feelings", equalTo(5))
                .body("stages.stageId", equalTo(built.stageIds().stream().map(Long::intValue).toList()))
                .body("stages[0].annotations", equalTo(2)).body("stages[0].feelingAverage", equalTo(4.5f))
                .body("stages[0].feelingCounts", equalTo(List.of(0, 0, 0, 1, 1)))
                .body("stages[0].problems", equalTo(0)).body("stages[0].problemShare", equalTo(0.0f))
                .body("stages[1].annotations", equalTo(4)).body("stages[1].feelings", equalTo(3))
                .body("stages[1].feelingAverage", equalTo(1.67f))
                .body("stages[1].feelingCounts", equalTo(List.of(1, 2, 0, 0, 0)))
                .body("stages[1].problems", equalTo(3)).body("stages[1].problemShare", equalTo(0.75f))
                .body("stages[2].annotations", equalTo(0)).body("stages[2].feelingAverage", equalTo(null))
                .body("feelingAverage", equalTo(2.8f)).body("worstStageId", equalTo((int) applying))
                .body("ideas.idea", equalTo(List.of("Remind me before it expires", "Save the form")))
                .body("ideas.support", equalTo(List.of(1, 0)));
        List<Map<String, Object>> themes = feedback.then().extract().path("themes");
        assertEquals("form", themes.get(0).get("word"));
        assertEquals(3, themes.get(0).get("count"), "published texts only: the merged duplicate's are left out");

        // filtered by the office link: only its published annotation
        coordinator().get("/api/journeys/" + journey + "/feedback?link=" + office.get("id")).then()
                .body("annotations", equalTo(2)).body("stages[1].feelingCounts", equalTo(List.of(0, 1, 0, 0, 0)));
        coordinator().get("/api/journeys/" + journey + "/feedback?channel=office").then()
                .body("annotations", equalTo(2));
        coordinator().get("/api/journeys/" + journey + "/feedback?from=2001-01-01&to=2001-12-31").then()
                .body("annotations", equalTo(0));
        coordinator().get("/api/journeys/" + journey + "/feedback?from=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));

        // exports and the page
        String csv = coordinator().get("/api/journeys/" + journey + "/feedback.csv?lang=en").then()
                .statusCode(200).extract().asString();
        assertTrue(csv.startsWith("\uFEFFNo.,Stage,Annotations,Very bad,Bad,Okay,Good,Very good,Average feeling"), csv);
        assertTrue(csv.contains("2,Applying,4,1,2,0,0,0,1.67,3,0.75,2"), csv);
        Browser browser = TestData.login(CITY_MANAGER, PASSWORD);
        String page = browser.get("/journeys/" + journey + "/feedback").asString();
        assertTrue(page.contains("class=\"emotion-curve\"") && page.contains("class=\"heat-strip\"")
                && page.contains("<td>1.67</td>") && page.contains("<td>75 %</td>"), page);
        byte[] pdf = browser.get("/journeys/" + journey + "/feedback.pdf").then().statusCode(200).extract()
                .asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void demoCityHasAnAnnotatedJourneyOnTheDashboardAndTheHomePage() {
        List<Map<String, Object>> journeys = given().auth().preemptive().basic(CITY_MANAGER, PASSWORD)
                .get("/api/journeys").then().statusCode(200).extract().path("$");
        Map<String, Object> demo = journeys.stream().filter(j -> "Getting a residents' parking permit"
                .equals(j.get("title"))).findFirst().orElseThrow();
        assertEquals(5, ((List<?>) demo.get("stages")).size());
        List<Map<String, Object>> annotations = given().auth().preemptive().basic(CITY_MANAGER, PASSWORD)
                .get("/api/journeys/" + demo.get("id") + "/annotations").then().extract().path("$");
        assertTrue(annotations.size() >= 40, "annotations: " + annotations.size());
        Response feedback = given().auth().preemptive().basic(CITY_MANAGER, PASSWORD)
                .get("/api/journeys/" + demo.get("id") + "/feedback");
        feedback.then().body("annotations", equalTo(39)).body("stages[1].feelingAverage", equalTo(1.75f))
                .body("ideas[0].idea", equalTo("Save the form as I go.")).body("ideas[0].support", equalTo(9));
    }

    @Test
    void theDashboardAndTheHomePageShowTheChosenServicesNewestJourney() {
        ConewTestData.Built built = ConewTestData.journey("Aware", "Applying");
        long journey = built.journeyId();
        publish(journey, annotate(built.token(), built.stageIds().get(0), 4, null, null));
        publish(journey, annotate(built.token(), built.stageIds().get(1), 1, "Lost my form", null));
        long idea = annotate(built.token(), built.stageIds().get(1), 2, null, "Save as I go");
        publish(journey, idea);
        given().contentType("application/json").post("/api/public/journeys/" + built.token() + "/annotations/" + idea + "/votes").then()
                .statusCode(200);
        String title = coordinator().get("/api/journeys/" + journey).then().extract().path("title");
        Browser manager = TestData.login(CITY_MANAGER, PASSWORD);
        String dashboard = manager.get("/dashboard").asString();
        assertTrue(dashboard.contains(title), dashboard);
        assertTrue(dashboard.contains("Annotations counted: 3"), dashboard);
        assertTrue(dashboard.contains("Felt worst: Applying (average 1.5 of 5)"), dashboard);
        assertTrue(dashboard.contains("Save as I go") && dashboard.contains("support 1"), dashboard);
        assertTrue(dashboard.contains("href=\"/journeys/" + journey + "/feedback\""), dashboard);
        String home = manager.get("/").asString();
        assertTrue(home.contains("href=\"/journeys/" + journey + "/feedback\""), home);
        assertTrue(home.contains(title), "the step's note names the journey");
    }
}
