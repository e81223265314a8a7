package org.cokit.tools.coserve;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.cokit.web.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * CoServe in a real browser: the ranking puts the more suitable of two assessed services first, a choice without a
 * reason comes back with an announced error linked to its field, and a choice with one is recorded.
 */
@QuarkusTest
class CoServeBrowserTest extends BrowserTest {

    @Test
    void rankingAndChoice() {
        long strong = CoServeTestData.service("Browser strong");
        long weak = CoServeTestData.service("Browser weak");
        CoServeTestData.assessed(strong, CoServeTestData.FAVOURABLE);
        CoServeTestData.assessed(weak, "nnnnny nnyynnn");
        String strongName = CoServeTestData.name(strong);
        String weakName = CoServeTestData.name(weak);

        Page page = as(CITY_COORDINATOR);
        visit(page, "/services", "services");
        visit(page, "/services/ranking", "ranking");
        List<String> ranked = page.locator("table.ranking tbody th[scope=row]").allInnerTexts();
        int strongAt = ranked.indexOf(ranked.stream().filter(n -> n.startsWith(strongName)).findFirst().orElseThrow());
        int weakAt = ranked.indexOf(ranked.stream().filter(n -> n.startsWith(weakName)).findFirst().orElseThrow());
        assertTrue(strongAt < weakAt, "strong ranks above weak: " + ranked);
        Locator strongRow = page.locator("table.ranking tbody tr").nth(strongAt);
        assertEquals("Highly suitable", strongRow.locator(".level").innerText());

        page.locator("#service").selectOption(String.valueOf(strong));
        page.locator("form[action='/services/ranking/choice'] button[type=submit]").click();
        Locator summary = page.locator(".error-summary");
        assertEquals("alert", summary.getAttribute("role"));
        assertEquals("#reason", summary.locator("a").first().getAttribute("href"));
        assertEquals("true", page.locator("#reason").getAttribute("aria-invalid"));
        assertTrue(page.locator("#reason").getAttribute("aria-describedby").contains("reason-error"));
        checkAsIs(page, "ranking-choice-error");

        page.locator("#reason").fill("Ranked first, and the team has time this year.");
        page.locator("form[action='/services/ranking/choice'] button[type=submit]").click();
        page.waitForURL("**/services/ranking?done=chosen");
        assertEquals("The choice was recorded.", page.locator("[role=status]").innerText());
        assertTrue(page.locator("table.ranking tr.chosen th").innerText().startsWith(strongName));
        Object chosen = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/coserve/ranking")
                .then().statusCode(200).extract().path("chosen.serviceId");
        assertEquals(strong, ((Number) chosen).longValue());
        check(page, "ranking-chosen");
    }
}
