package org.cokit.tools.coready;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.cokit.web.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * CoReady in a real browser: a coordinator creates and opens a round, a respondent answers its first section with
 * the keyboard only and the rest with the mouse, submits, the coordinator closes it and reads the result and its PDF.
 */
@QuarkusTest
class CoReadyBrowserTest extends BrowserTest {

    @Test
    void aRoundFromOpeningToItsResult() {
        String title = "Browser round " + System.nanoTime();
        Page coordinator = as(CITY_COORDINATOR);
        visit(coordinator, "/assessments", "assessments-coordinator");
        coordinator.locator("#tool").selectOption("coready");
        coordinator.locator("#title").fill(title);
        coordinator.locator("form[action='/assessments'] button[type=submit]").click();
        Locator round = roundOn(coordinator, title);
        round.locator("button:has-text('Open for answers')").click();
        assertThat(roundOn(coordinator, title).locator(".badge")).hasText("Open");

        Page respondent = as(CITY_RESPONDENT);
        visit(respondent, "/assessments", "assessments-respondent");
        roundOn(respondent, title).locator("button:has-text('Start answering')").click();
        respondent.waitForURL("**/sections/organisation");
        check(respondent, "questionnaire-section");
        String sectionUrl = respondent.url();
        long submission = Long.parseLong(sectionUrl.replaceAll(".*/submissions/(\\d+)/.*", "$1"));

        // Section one by keyboard only: Tab from the top of the page to the first question, then per question
        // Space ticks its first choice (Yes), an arrow key its second (No), and Tab goes on to the next question.
        int questions = respondent.locator("fieldset.question").count();
        assertTrue(questions >= 10, "the first section has " + questions + " questions");
        String firstRadio = respondent.locator("fieldset.question input[type=radio]").first().getAttribute("id");
        tabUntil(respondent, firstRadio, 60);
        for (int i = 0; i < questions; i++) {
            respondent.keyboard().press(i == 1 ? "ArrowDown" : "Space");
            respondent.keyboard().press("Tab");
        }
        assertEquals("continue", respondent.evaluate("document.activeElement.value"),
                "after the last question Tab reaches the Save and continue button");
        respondent.keyboard().press("Enter");
        respondent.waitForURL(url -> !url.equals(sectionUrl));

        Map<String, Object> saved = given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD)
                .get("/api/submissions/" + submission).then().statusCode(200).extract().path("answers");
        assertEquals(questions, saved.size(), "every question of section one was answered: " + saved);
        assertEquals(questions - 1, saved.values().stream().filter("yes"::equals).count(), saved.toString());

        // The other sections with the mouse: Yes everywhere.
        while (respondent.url().contains("/sections/")) {
            Locator yes = respondent.locator("fieldset.question input[type=radio][value=yes]");
            for (int i = 0; i < yes.count(); i++) {
                yes.nth(i).check();
            }
            String before = respondent.url();
            respondent.locator("button[name=next][value=continue]").click();
            respondent.waitForURL(url -> !url.equals(before));
        }
        assertTrue(respondent.url().endsWith("/review"), respondent.url());
        check(respondent, "questionnaire-review");
        respondent.locator("form[action$='/submit'] button[type=submit]").click();
        assertThat(respondent.locator("[role=status]")).containsText("Thank you");

        visit(coordinator, "/assessments", "assessments-coordinator-open");
        roundOn(coordinator, title).locator("a:has-text('Close')").click();
        check(coordinator, "assessment-close");
        coordinator.locator("form[action$='/close'] button[type=submit]").click();
        roundOn(coordinator, title).locator("a:has-text('Result')").click();
        check(coordinator, "result");

        long assessment = Long.parseLong(coordinator.url().replaceAll(".*/assessments/(\\d+)/result.*", "$1"));
        Map<String, Object> root = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/assessments/" + assessment + "/result?lang=en").then().statusCode(200)
                .extract().path("score.root");
        String overall = coordinator.locator(".overall-value").innerText();
        assertTrue(overall.contains((String) root.get("label")), overall + " shows " + root);
        assertTrue(overall.contains(String.valueOf(Math.round(((Number) root.get("score")).doubleValue()))),
                overall + " shows the score of " + root);

        String pdfHref = coordinator.locator("a[href*='/result/pdf']").getAttribute("href");
        APIResponse pdf = coordinator.request().get(pdfHref);
        assertEquals(200, pdf.status());
        assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
        byte[] body = pdf.body();
        assertEquals("%PDF", new String(body, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(body.length > 5_000, "PDF of " + body.length + " bytes");
    }
}
