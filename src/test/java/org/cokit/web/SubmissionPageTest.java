package org.cokit.web;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.cokit.TestData.REGION_RESPONDENT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

/** Filling in the sample questionnaire through the pages, as a browser without JavaScript does, and by autosave. */
@QuarkusTest
class SubmissionPageTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern SHOWN = Pattern.compile("name=\"shown\" value=\"([^\"]*)\"");
    private static final String JSON = "application/json";

    /** A section page as the browser got it: its form's version and the questions it shows. */
    record Page(String path, String html, long version, String shown) {
    }

    static Page open(Browser browser, long submission, String section) {
        String path = "/submissions/" + submission + "/sections/" + section;
        Response response = browser.get(path);
        response.then().statusCode(200);
        String html = response.asString();
        return new Page(path, html, Long.parseLong(group(VERSION, html)), group(SHOWN, html));
    }

    static Response save(Browser browser, Page page, Map<String, ?> answers, String action, String accept) {
        Map<String, Object> fields = new LinkedHashMap<>(answers);
        fields.putIfAbsent("version", page.version());
        fields.putIfAbsent("shown", page.shown());
        if (action != null) {
            fields.put("next", action);
        }
        return browser.post(page.path(), fields, accept);
    }

    /** Starts the respondent's submission from the assessments page, as the button does; returns its id. */
    static long start(Browser browser, long assessment) {
        browser.get("/assessments").then().statusCode(200);
        String location = browser.post("/assessments/" + assessment + "/submission", Map.of(), null).then()
                .statusCode(303).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/submissions/(\\d+)$", "$1"));
    }

    static Response api(String email, String path) {
        return given().auth().preemptive().basic(email, PASSWORD).get(path);
    }

    private static String group(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), "no " + pattern + " on the page");
        return matcher.group(1);
    }

    @Test
    void aRespondentFillsInSectionBySectionResumesSeesTheGapsAndSubmits() {
        long assessment = TestData.openAssessment();
        Browser browser = TestData.login(CITY_RESPONDENT, PASSWORD);
        browser.get("/assessments").then().body(containsString("action=\"/assessments/" + assessment + "/submission\""));
        long submission = start(browser, assessment);
        assertEquals(submission, start(browser, assessment), "the button creates the submission once");
        browser.get("/assessments").then().body(containsString("href=\"/submissions/" + submission + "\""))
                .body(containsString("Continue answering"));
        browser.get("/submissions/" + submission).then().statusCode(303)
                .header("Location", endsWith("/submissions/" + submission + "/sections/users"));

        Page users = open(browser, submission, "users");
        assertTrue(users.html().contains("<progress id=\"progress\" max=\"5\" value=\"0\">"), users.html());
        assertTrue(users.html().contains("0 of 5 questions answered"));
        assertTrue(users.html().contains("<legend><span>Does the service have many users?</span> <span class=\"required\">"));
        assertTrue(users.html().contains("aria-describedby=\"q-many-users-help\""));
        assertTrue(users.html().contains("type=\"radio\" id=\"q-many-users-na\" name=\"q-many-users\" value=\"n/a\""));
        assertTrue(users.html().contains("<span class=\"point-label\">Not at all</span>"));
        assertTrue(users.html().contains("src=\"/js/autosave.js\""));
        assertEquals("many-users,satisfaction", users.shown(), "users-count is hidden until many-users is yes");

        save(browser, users, Map.of("q-satisfaction", "2"), "continue", null).then().statusCode(303)
                .header("Location", endsWith("/sections/channels"));
        browser.get("/submissions/" + submission).then().statusCode(303)
                .header("Location", endsWith("/sections/channels"));

        Page channels = open(browser, submission, "channels");
        save(browser, channels, Map.of("q-main-channel", "online", "q-other-channels", List.of("post", "counter")),
                "continue", null).then().statusCode(303).header("Location", endsWith("/submissions/" + submission
                        + "/review"));
        api(CITY_RESPONDENT, "/api/submissions/" + submission).then()
                .body("answers.other-channels", equalTo("counter,post")).body("answers.satisfaction", equalTo("2"));

        String review = browser.get("/submissions/" + submission + "/review").then().statusCode(200).extract().asString();
        assertTrue(review.contains("href=\"/submissions/" + submission + "/sections/users#q-many-users\""), review);
        assertTrue(review.contains("href=\"/submissions/" + submission + "/sections/channels#q-complaints\""),
                "complaints is required once satisfaction is 2 or less");
        browser.post("/submissions/" + submission + "/submit", Map.of(), null).then().statusCode(400)
                .body(containsString("Required questions without an answer: 2"))
                .body(containsString("/sections/users#q-many-users"));

        users = open(browser, submission, "users");
        assertTrue(users.html().contains("value=\"2\" checked"), "the saved scale point is ticked");
        save(browser, users, Map.of("q-many-users", "no", "q-satisfaction", "2"), "continue", null).then()
                .statusCode(303);
        channels = open(browser, submission, "channels");
        assertTrue(channels.html().contains("value=\"post\" checked") && channels.html().contains("value=\"counter\" checked"));
        save(browser, channels, Map.of("q-main-channel", "online", "q-other-channels", List.of("counter", "post"),
                "q-complaints", "Long queues"), "continue", null).then().statusCode(303);
        browser.post("/submissions/" + submission + "/submit", Map.of(), null).then().statusCode(303)
                .header("Location", endsWith("/review?submitted=true"));
        browser.get("/submissions/" + submission + "/review?submitted=true").then().statusCode(200)
                .body(containsString("Your answers have been submitted"))
                .body(not(containsString("/submissions/" + submission + "/submit")));
        browser.get("/submissions/" + submission).then().statusCode(303).header("Location", endsWith("/review"));

        browser.get(channels.path()).then().statusCode(200).body(containsString("You submitted these answers on"))
                .body(containsString("<dd>Long queues</dd>")).body(containsString("<dd>At a counter, By post</dd>"))
                .body(not(containsString("data-autosave")));
        save(browser, channels, Map.of("q-complaints", "Changed"), "continue", null).then().statusCode(409)
                .body(containsString("These answers have been submitted")).body(containsString("<dd>Long queues</dd>"));
    }

    @Test
    void aShowIfQuestionAppearsAndDisappearsAfterASave() {
        long submission = TestData.submissionOf(CITY_RESPONDENT, TestData.openAssessment());
        Browser browser = TestData.login(CITY_RESPONDENT, PASSWORD);
        Page users = open(browser, submission, "users");
        assertTrue(!users.html().contains("id=\"q-users-count\""));

        String shownAgain = save(browser, users, Map.of("q-many-users", "yes"), "continue", null).then()
                .statusCode(200).body(containsString("more questions are now asked on this page"))
                .body(containsString("id=\"q-users-count\"")).body(containsString("Enter a number from 0 to 10000000."))
                .extract().asString();
        assertEquals("many-users,users-count,satisfaction", group(SHOWN, shownAgain));
        browser.get("/submissions/" + submission).then().header("Location", endsWith("/sections/users"));

        users = open(browser, submission, "users");
        save(browser, users, Map.of("q-many-users", "no", "q-users-count", ""), "continue", null).then()
                .statusCode(303).header("Location", endsWith("/sections/channels"));
        assertTrue(!open(browser, submission, "users").html().contains("id=\"q-users-count\""));

        Page channels = open(browser, submission, "channels");
        save(browser, channels, Map.of("q-main-channel", "phone"), "continue", null).then().statusCode(200)
                .body(containsString("id=\"q-phone-hours\"")).body(containsString("maxlength=\"50\""));
    }

    @Test
    void anInvalidNumberKeepsWhatWasTypedWithAMessageByTheField() {
        long submission = TestData.submissionOf(CITY_RESPONDENT, TestData.openAssessment());
        Browser browser = TestData.login(CITY_RESPONDENT, PASSWORD);
        save(browser, open(browser, submission, "users"), Map.of("q-many-users", "yes"), null, null).then()
                .statusCode(200);
        Page users = open(browser, submission, "users");

        String html = save(browser, users, Map.of("q-many-users", "yes", "q-users-count", "lots",
                "q-satisfaction", "3"), "continue", null).then().statusCode(400).extract().asString();
        assertTrue(html.contains("value=\"lots\""), "what was typed stays");
        assertTrue(html.contains("<p class=\"error\" id=\"q-users-count-error\">Please enter a number, such as 12 or 3.5.</p>"), html);
        assertTrue(html.contains("aria-describedby=\"q-users-count-hint q-users-count-error\""));
        assertTrue(html.contains("<a href=\"#q-users-count\">"), "the error summary links to the field");
        assertTrue(html.contains("id=\"q-satisfaction-3\" name=\"q-satisfaction\" value=\"3\" checked"),
                "other typed answers stay too");
        api(CITY_RESPONDENT, "/api/submissions/" + submission).then().body("answers.satisfaction", nullValue());

        save(browser, users, Map.of("q-many-users", "yes", "q-users-count", "20000000"), null, null).then()
                .statusCode(400).body(containsString("Please enter a number from 0 to 10000000."));
        save(browser, users, Map.of("q-many-users", "yes", "q-users-count", "1200,5"), null, null).then()
                .statusCode(303);
        api(CITY_RESPONDENT, "/api/submissions/" + submission).then().body("answers.users-count", equalTo("1200.5"));

        Page channels = open(browser, submission, "channels");
        save(browser, channels, Map.of("q-other-channels", List.of("phone", "n/a")), null, null).then()
                .statusCode(400).body(containsString("either an answer or"));
    }

    @Test
    void aStaleVersionIsToldAndWhatWasTypedStays() {
        long submission = TestData.submissionOf(CITY_RESPONDENT, TestData.openAssessment());
        Browser browser = TestData.login(CITY_RESPONDENT, PASSWORD);
        Page first = open(browser, submission, "channels");
        Page second = open(browser, submission, "channels");
        save(browser, first, Map.of("q-main-channel", "online"), null, null).then().statusCode(303);

        String html = save(browser, second, Map.of("q-main-channel", "counter"), "continue", null).then()
                .statusCode(409).body(containsString("These answers were changed in another window"))
                .body(containsString("Load the saved answers")).extract().asString();
        assertTrue(html.contains("value=\"counter\" checked"), "the other window's typed answer stays on the page");
        long current = Long.parseLong(group(VERSION, html));
        assertTrue(current > second.version());
        api(CITY_RESPONDENT, "/api/submissions/" + submission).then().body("answers.main-channel", equalTo("online"));

        save(browser, new Page(second.path(), html, current, group(SHOWN, html)), Map.of("q-main-channel", "counter"),
                null, null).then().statusCode(303);
        api(CITY_RESPONDENT, "/api/submissions/" + submission).then().body("answers.main-channel", equalTo("counter"));
    }

    @Test
    void aClosedAssessmentShowsTheAnswersReadOnlyAndRefusesSaves() {
        long assessment = TestData.openAssessment();
        long submission = TestData.submissionOf(CITY_RESPONDENT, assessment);
        Browser browser = TestData.login(CITY_RESPONDENT, PASSWORD);
        Page channels = open(browser, submission, "channels");
        save(browser, channels, Map.of("q-main-channel", "online"), null, null).then().statusCode(303);
        channels = open(browser, submission, "channels");
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType(JSON)
                .post("/api/assessments/" + assessment + "/close")
                .then().statusCode(200);

        browser.get(channels.path()).then().statusCode(200).body(containsString("This assessment is closed"))
                .body(containsString("<dd>Online</dd>")).body(containsString("<dd>Not answered</dd>"))
                .body(not(containsString("data-autosave")));
        save(browser, channels, Map.of("q-main-channel", "phone"), "continue", null).then().statusCode(409)
                .body(containsString("your changes could not be saved")).body(containsString("<dd>Online</dd>"));
        save(browser, channels, Map.of("q-main-channel", "phone"), null, JSON).then().statusCode(409)
                .contentType(containsString(JSON)).body("saved", equalTo(false))
                .body("message", containsString("could not be saved"));
        api(CITY_RESPONDENT, "/api/submissions/" + submission).then().body("answers.main-channel", equalTo("online"));
        browser.get("/submissions/" + submission + "/review").then().statusCode(200)
                .body(not(containsString("/submit\""))).body(containsString("This assessment is closed"));
        browser.post("/submissions/" + submission + "/submit", Map.of(), null).then().statusCode(409);
    }

    @Test
    void autosaveAnswersWithJson() {
        long submission = TestData.submissionOf(CITY_RESPONDENT, TestData.openAssessment());
        Browser browser = TestData.login(CITY_RESPONDENT, PASSWORD);
        Page users = open(browser, submission, "users");

        int version = save(browser, users, Map.of("q-satisfaction", "4"), null, JSON).then().statusCode(200)
                .contentType(containsString(JSON)).body("saved", equalTo(true)).body("percent", equalTo(20))
                .body("progress", equalTo("1 of 5 questions answered")).body("message", equalTo("Saved"))
                .extract().path("version");
        assertTrue(version > users.version());

        save(browser, users, Map.of("q-satisfaction", "4", "q-many-users", "yes"), null, JSON).then()
                .statusCode(409).body("saved", equalTo(false)).body("message", containsString("another window"))
                .body("link", equalTo("Load the saved answers"));
        save(browser, users, Map.of("q-satisfaction", "4", "q-many-users", "yes", "version", version), null, JSON)
                .then().statusCode(200).body("saved", equalTo(true))
                .body("message", containsString("changes which questions are asked"))
                .body("link", equalTo("Show the questions that now apply"));

        Page channels = open(browser, submission, "channels");
        save(browser, channels, Map.of("q-complaints", "x".repeat(5001)), null, JSON).then().statusCode(400)
                .body("saved", equalTo(false)).body("message", containsString("What do users complain about?"))
                .body("message", containsString("at most 5000 characters"));
        given().cookies(browser.cookies()).accept(JSON).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", "wrong").post(channels.path()).then().statusCode(403);
    }

    @Test
    void nobodyElseReachesASubmissionsPages() {
        long assessment = TestData.openAssessment();
        long submission = TestData.submissionOf(CITY_RESPONDENT, assessment);
        String base = "/submissions/" + submission;
        for (String email : List.of(REGION_RESPONDENT, REGION_COORDINATOR, "respondent2@demo-city", CITY_COORDINATOR)) {
            Browser browser = TestData.login(email, PASSWORD);
            for (String path : List.of(base, base + "/sections/users", base + "/review")) {
                browser.get(path).then().statusCode(404);
            }
            browser.get("/").then().statusCode(200);
            browser.post(base + "/sections/users", Map.of("q-many-users", "no", "version", 0), null).then()
                    .statusCode(404);
            browser.post(base + "/submit", Map.of(), null).then().statusCode(404);
        }
        Browser region = TestData.login(REGION_RESPONDENT, PASSWORD);
        region.get("/").then().statusCode(200);
        region.post("/assessments/" + assessment + "/submission", Map.of(), null).then().statusCode(404);
        Browser regionCoordinator = TestData.login(REGION_COORDINATOR, PASSWORD);
        regionCoordinator.get("/assessments/" + assessment + "/close").then().statusCode(404);
        regionCoordinator.post("/assessments/" + assessment + "/open", Map.of(), null).then().statusCode(404);
        regionCoordinator.post("/assessments/" + assessment + "/close", Map.of(), null).then().statusCode(404);
        regionCoordinator.get("/assessments").then().statusCode(200)
                .body(not(containsString("/assessments/" + assessment + "/")));
        TestData.login(CITY_RESPONDENT, PASSWORD).get(base + "/sections/no-such-section").then().statusCode(404);
    }

    @Test
    void userInputIsEscapedOnEveryPage() {
        String script = "<script>alert(1)</script>";
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        coordinator.get("/assessments").then().statusCode(200);
        coordinator.post("/assessments", Map.of("tool", "sample-tool", "title", script), null).then().statusCode(303);
        List<Map<String, Object>> drafts = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/assessments?status=draft").then().extract().jsonPath().getList("$");
        long assessment = drafts.stream().filter(a -> script.equals(a.get("title")))
                .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElseThrow();
        coordinator.post("/assessments/" + assessment + "/open", Map.of(), null).then().statusCode(303);

        Browser respondent = TestData.login(CITY_RESPONDENT, PASSWORD);
        long submission = start(respondent, assessment);
        Page channels = open(respondent, submission, "channels");
        save(respondent, channels, Map.of("q-main-channel", "phone"), null, null).then().statusCode(200)
                .body(containsString("id=\"q-phone-hours\""));
        channels = open(respondent, submission, "channels");
        save(respondent, channels, Map.of("q-complaints", script, "q-main-channel", "phone", "q-phone-hours", script),
                null, null).then().statusCode(303);

        List<String> pages = List.of("/assessments", channels.path(), "/submissions/" + submission + "/review");
        for (String path : pages) {
            assertEscaped(respondent.get(path).then().statusCode(200).extract().asString(), path);
        }
        assertEscaped(coordinator.get("/assessments").asString(), "/assessments");
        assertEscaped(coordinator.get("/assessments/" + assessment + "/close").asString(), "close");
        coordinator.post("/assessments/" + assessment + "/close", Map.of(), null).then().statusCode(303);
        assertEscaped(respondent.get(channels.path()).asString(), "read-only section");
        String refused = respondent.post(channels.path(), Map.of("shown", "complaints", "q-complaints", "new",
                "version", 0), null).then().statusCode(409).extract().asString();
        assertEscaped(refused, "refused save");
    }

    private static void assertEscaped(String html, String page) {
        assertTrue(!html.contains("<script>alert(1)</script>"), page + " shows user input unescaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page + " does not show the input");
    }

    @Test
    void theSectionPagesSpeakTheReadersLanguage() {
        long submission = TestData.submissionOf(CITY_RESPONDENT, TestData.openAssessment());
        Browser browser = TestData.login(CITY_RESPONDENT, PASSWORD);
        browser.get("/language?lang=sl&back=/").then().statusCode(303);
        String users = open(browser, submission, "users").html();
        assertTrue(users.contains("<html lang=\"sl\">") && users.contains("Ali ima storitev veliko uporabnikov?")
                && users.contains("Shrani in nadaljuj") && users.contains("Ne vem / ni relevantno"), users);
        browser.get("/language?lang=da&back=/").then().statusCode(303);
        String channels = open(browser, submission, "channels").html();
        assertTrue(channels.contains("<span lang=\"en\">What do users complain about?</span>"),
                "a question without a Danish text is marked as English");
    }
}
