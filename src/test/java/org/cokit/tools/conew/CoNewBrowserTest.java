package org.cokit.tools.conew;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.tools.conew.ConewTestData.annotate;
import static org.cokit.tools.conew.ConewTestData.coordinator;
import static org.cokit.tools.conew.ConewTestData.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cokit.web.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * CoNew in a real browser: a service user on a phone opens a journey's public link without signing in, annotates a
 * stage with JavaScript (the page posts JSON) and without it (the plain form), supports a published idea once and
 * sees the thank-you; the coordinator publishes the annotation and its feedback page shows it; a revoked link shows
 * the closed page.
 */
@QuarkusTest
class CoNewBrowserTest extends BrowserTest {

    @Test
    void aServiceUserAnnotatesOnAPhoneAndTheTeamPublishesIt() {
        ConewTestData.Built built = ConewTestData.journey("Becoming aware", "Applying");
        long applying = built.stageIds().get(1);
        long published = annotate(built.token(), applying, null, null, "Book a time at the desk");
        publish(built.journeyId(), published);
        String journeyPath = "/j/" + built.token();
        String stagePath = journeyPath + "/stages/" + applying;

        // with JavaScript: the script posts the annotation to the JSON API and goes on to the thank-you
        Page user = phone(null, "en");
        visit(user, journeyPath, "conew-public-journey");
        assertEquals(List.of("Becoming aware", "Applying"), user.locator("li.public-stage h3").allInnerTexts());
        // the language switch keeps the page; Croatian and Danish are checked there too
        for (String lang : List.of("hr", "da")) {
            user.locator(".public-languages a[hreflang=" + lang + "]").click();
            user.waitForURL("**?lang=" + lang);
            assertEquals(lang, user.evaluate("document.documentElement.lang"));
            checkAsIs(user, "conew-public-journey-" + lang);
        }
        user.navigate(journeyPath);
        user.locator("#stage-" + applying + " a.button").click();
        user.waitForURL("**" + stagePath);
        check(user, "conew-public-stage");
        assertEquals("Bad", user.locator("label[for=feeling-2]").innerText(), "a feeling is said in words");
        user.locator("label[for=feeling-2]").click();
        user.locator("#problem").fill("The form timed out while I looked for my papers");
        user.locator("#idea").fill("Show how long the form stays open");
        Request posted = user.waitForRequest(r -> r.url().contains("/api/public/journeys/"),
                () -> user.locator("form.annotate button[type=submit]").click());
        assertEquals("POST", posted.method());
        assertTrue(posted.postData().contains("\"feeling\":2"), posted.postData());
        user.waitForURL("**done=thanks*");
        assertThat(user.locator("[role=status]")).hasText("Thank you! The team reads every message before it "
                + "is published.");
        check(user, "conew-public-thanks");

        // a published idea is supported once; the second click is answered kindly and not counted
        visit(user, stagePath, "conew-public-stage-ideas");
        Locator idea = user.locator("li.public-idea").filter(new Locator.FilterOptions()
                .setHasText("Book a time at the desk"));
        assertThat(idea.locator(".support")).containsText("0");
        idea.locator("button[type=submit]").click();
        user.waitForURL("**done=supported*");
        assertThat(user.locator("[role=status]")).hasText("Thank you for your support.");
        assertThat(idea.locator(".support")).containsText("1");
        check(user, "conew-public-supported");
        idea.locator("button[type=submit]").click();
        user.waitForURL("**done=already*");
        assertThat(user.locator("[role=status]")).hasText("You have already supported this idea.");
        assertThat(idea.locator(".support")).containsText("1");

        // without JavaScript: the same form goes as a plain post and the server answers with the thank-you
        Page plain = phoneWithoutJavaScript("en");
        List<String> apiCalls = new ArrayList<>();
        plain.onRequest(r -> {
            if (r.url().contains("/api/")) {
                apiCalls.add(r.url());
            }
        });
        visit(plain, stagePath, "conew-public-stage-no-script");
        plain.locator("input[name=feeling][value='4']").check();
        plain.locator("#idea").fill("Let me save and finish later");
        plain.locator("form.annotate button[type=submit]").click();
        plain.waitForURL("**done=thanks*");
        assertThat(plain.locator("[role=status]")).hasText("Thank you! The team reads every message before it "
                + "is published.");
        assertEquals(List.of(), apiCalls, "no script ran");

        List<Map<String, Object>> pending = coordinator().get("/api/journeys/" + built.journeyId()
                + "/annotations?status=pending").then().statusCode(200).extract().path("$");
        assertEquals(2, pending.size(), pending.toString());
        assertEquals(2, pending.get(0).get("feeling"));
        assertEquals("The form timed out while I looked for my papers", pending.get(0).get("problem"));
        assertEquals(4, pending.get(1).get("feeling"));
        assertEquals("Let me save and finish later", pending.get(1).get("idea"));
        long fromScript = ((Number) pending.get(0).get("id")).longValue();

        // the team: the coordinator publishes the annotation and the feedback shows it
        Page team = as(CITY_COORDINATOR);
        visit(team, "/journeys/" + built.journeyId() + "/moderation", "conew-moderation");
        Locator annotation = team.locator("#annotation-" + fromScript);
        assertThat(annotation).containsText("The form timed out while I looked for my papers");
        assertThat(annotation).containsText("Bad");
        annotation.locator("button:has-text('Publish')").click();
        team.waitForURL("**done=publish*");
        assertThat(team.locator("[role=status]")).hasText("The annotation was published.");
        assertEquals(0, team.locator("#annotation-" + fromScript).count(), "no longer waiting");
        check(team, "conew-moderation-published");

        visit(team, "/journeys/" + built.journeyId() + "/feedback", "conew-feedback");
        assertEquals(1, team.locator("svg.emotion-curve[role=img]").count());
        assertEquals(1, team.locator("svg.heat-strip[role=img]").count());
        Locator row = team.locator("table.feedback-table tbody tr").filter(new Locator.FilterOptions()
                .setHas(team.locator("th", new Page.LocatorOptions().setHasText("Applying"))));
        List<String> cells = row.locator("td").allInnerTexts();
        assertEquals("2", cells.get(1), "two published annotations: " + cells);
        assertEquals("1", cells.get(3), "one said Bad: " + cells);
        assertEquals("1", cells.get(8), "one problem: " + cells);
        assertEquals("2", cells.get(10), "two ideas: " + cells);
        assertThat(team.locator("ol.ideas")).containsText("Show how long the form stays open");
        assertThat(team.locator("ol.ideas li.idea").filter(new Locator.FilterOptions()
                .setHasText("Book a time at the desk"))).containsText("1");

        // a revoked link: the closed page, in the visitor's language
        coordinator().post("/api/journeys/" + built.journeyId() + "/links/" + built.linkId() + "/revoke").then()
                .statusCode(200);
        Response closed = user.navigate(journeyPath);
        assertEquals(410, closed.status());
        assertThat(user.locator("h1")).hasText("This link is closed");
        checkAsIs(user, "conew-public-closed");
        Page slovenian = phone(null, "sl");
        assertEquals(410, slovenian.navigate(journeyPath).status());
        assertEquals("sl", slovenian.evaluate("document.documentElement.lang"));
        checkAsIs(slovenian, "conew-public-closed");
    }
}
