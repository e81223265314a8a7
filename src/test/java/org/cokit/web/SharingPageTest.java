package org.cokit.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.cokit.comparison.ComparisonTestData;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Role;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.junit.jupiter.api.Test;

/** The "Sharing for comparison" page: explains what is shared and sets the choice, without JavaScript. */
@QuarkusTest
class SharingPageTest {

    @Inject
    ComparisonTestData data;

    private long organisation() {
        return data.organisation("SI", GovernmentLevel.LOCAL, Sector.HEALTH, SizeBand.UP_TO_49, false);
    }

    private static boolean optedIn(String email, long organisation) {
        return given().auth().preemptive().basic(email, ComparisonTestData.PASSWORD)
                .get("/api/organisations/" + organisation + "/sharing").then().statusCode(200).extract()
                .path("benchmarkOptIn");
    }

    @Test
    void aCoordinatorReadsWhatIsSharedAndOptsInAndOut() {
        long organisation = organisation();
        String coordinator = data.member(organisation, Role.COORDINATOR);
        Browser browser = TestData.login(coordinator, ComparisonTestData.PASSWORD);
        browser.get("/sharing").then().statusCode(303)
                .header("Location", containsString("/organisations/" + organisation + "/sharing"));
        browser.get("/organisations/" + organisation + "/members").then().statusCode(200)
                .body(containsString("href=\"/organisations/" + organisation + "/sharing\""));
        browser.get("/organisations/" + organisation + "/sharing").then().statusCode(200)
                .body(containsString("Sharing for comparison"))
                .body(containsString("groups of at least 5 organisations"))
                .body(containsString("Answers, comments and other free text"))
                .body(containsString("does not share its results"))
                .body(containsString("id=\"share-no\" name=\"benchmarkOptIn\" value=\"false\" checked"));

        browser.submit("/organisations/" + organisation + "/sharing", "/organisations/" + organisation + "/sharing",
                Map.of("benchmarkOptIn", "true")).then().statusCode(303)
                .header("Location", containsString("/organisations/" + organisation + "/sharing?saved=true"));
        assertEquals(true, optedIn(coordinator, organisation));
        browser.get("/organisations/" + organisation + "/sharing?saved=true").then().statusCode(200)
                .body(containsString("Your choice is saved.")).body(containsString("shares its results"));

        browser.submit("/organisations/" + organisation + "/sharing", "/organisations/" + organisation + "/sharing",
                Map.of("benchmarkOptIn", "false")).then().statusCode(303);
        assertEquals(false, optedIn(coordinator, organisation));
    }

    @Test
    void theFormIsRefusedWithoutAChoiceWithoutItsTokenAndForOthers() {
        long organisation = organisation();
        String coordinator = data.member(organisation, Role.COORDINATOR);
        Browser browser = TestData.login(coordinator, ComparisonTestData.PASSWORD);
        browser.submit("/organisations/" + organisation + "/sharing", "/organisations/" + organisation + "/sharing",
                Map.of("benchmarkOptIn", "maybe")).then().statusCode(400)
                .body(containsString("id=\"benchmarkOptIn-error\""));
        given().redirects().follow(false).cookies(browser.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("benchmarkOptIn", "true").post("/organisations/" + organisation + "/sharing").then()
                .statusCode(403);
        assertEquals(false, optedIn(coordinator, organisation));

        Browser respondent = TestData.login(data.member(organisation, Role.RESPONDENT), ComparisonTestData.PASSWORD);
        respondent.get("/organisations/" + organisation + "/sharing").then().statusCode(403);
        Browser stranger = TestData.login(data.member(organisation(), Role.COORDINATOR), ComparisonTestData.PASSWORD);
        stranger.get("/organisations/" + organisation + "/sharing").then().statusCode(404);
        stranger.submit("/", "/organisations/" + organisation + "/sharing", Map.of("benchmarkOptIn", "true"))
                .then().statusCode(404);
        assertEquals(false, optedIn(coordinator, organisation));
        Browser admin = TestData.login(TestData.ADMIN, TestData.PASSWORD);
        admin.get("/organisations/" + organisation + "/sharing").then().statusCode(200)
                .body(containsString("<h1>Sharing for comparison</h1>"));
    }

    @Test
    void thePageSpeaksTheReadersLanguage() {
        long organisation = organisation();
        Browser browser = TestData.login(data.member(organisation, Role.COORDINATOR), ComparisonTestData.PASSWORD);
        given().cookies(browser.cookies()).header("Accept-Language", "sl")
                .get("/organisations/" + organisation + "/sharing").then().statusCode(200)
                .body(containsString("Deljenje za primerjavo"));
    }
}
