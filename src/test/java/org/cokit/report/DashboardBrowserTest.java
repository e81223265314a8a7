package org.cokit.report;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.cokit.TestData;
import org.cokit.web.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser, read by a manager: CoReady's latest result as its own page states it, an open
 * roadmap action with its due date written unambiguously, its English title marked as such on a Slovenian page,
 * and the PDF.
 */
@QuarkusTest
class DashboardBrowserTest extends BrowserTest {

    @Test
    void aManagerReadsTheDashboard() {
        long action = TestData.adoptedAction();
        Page page = as(CITY_MANAGER);
        visit(page, "/dashboard", "dashboard");

        Locator coready = page.locator("section[aria-labelledby=tool-coready]");
        String resultHref = coready.locator("a[href$='/result']").first().getAttribute("href");
        String label = given().auth().preemptive().basic(CITY_MANAGER, PASSWORD)
                .get("/api" + resultHref + "?lang=en").then().statusCode(200).extract().path("score.root.label");
        assertTrue(coready.locator(".overall-value").innerText().contains(label),
                coready.locator(".overall-value").innerText() + " shows " + label);

        Locator row = page.locator("table.dash-actions tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("a[href='/roadmap#action-" + action + "']")));
        assertEquals("Find out who uses the service", row.locator("th").innerText());
        assertNull(row.locator("th").getAttribute("lang"), "an English title on an English page");
        assertEquals("31 March 2027", row.locator("td").nth(3).innerText());

        Page slovenian = context(CITY_MANAGER, "sl", DESKTOP).newPage();
        slovenian.navigate("/dashboard");
        Locator slovenianRow = slovenian.locator("table.dash-actions tr").filter(new Locator.FilterOptions()
                .setHas(slovenian.locator("a[href='/roadmap#action-" + action + "']")));
        assertEquals("en", slovenianRow.locator("th").getAttribute("lang"));
        assertEquals("31. marec 2027", slovenianRow.locator("td").nth(3).innerText());

        APIResponse pdf = page.request().get(page.locator("a[href='/dashboard/pdf']").getAttribute("href"));
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        visit(page, "/roadmap", "roadmap");
    }
}
