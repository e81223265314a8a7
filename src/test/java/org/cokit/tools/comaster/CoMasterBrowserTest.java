package org.cokit.tools.comaster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cokit.comparison.ComparisonTestData;
import org.cokit.organisation.GovernmentLevel;
import org.cokit.organisation.Role;
import org.cokit.organisation.Sector;
import org.cokit.organisation.SizeBand;
import org.cokit.web.browser.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * CoMaster in a real browser, in an organisation of its own: the coordinator issues a participant link, a partner
 * answers through it on a phone without an account, a staff member signs in and answers, the coordinator closes the
 * round and a manager reads the quality report (band, dimension chart, role gaps with their flag,
 * recommendations) and downloads its PDF.
 */
@QuarkusTest
class CoMasterBrowserTest extends BrowserTest {

    @Inject
    ComparisonTestData data;

    @Test
    void aPartnerAndAStaffMemberAnswerAndAManagerReadsTheReport() {
        long organisation = data.organisation("IS", GovernmentLevel.LOCAL, Sector.OTHER, SizeBand.UP_TO_49, false);
        String coordinatorEmail = data.member(organisation, Role.COORDINATOR);
        String staffEmail = data.member(organisation, Role.RESPONDENT);
        String managerEmail = data.member(organisation, Role.MANAGER);
        for (String email : List.of(coordinatorEmail, staffEmail, managerEmail)) {
            password(email, ComparisonTestData.PASSWORD);
        }
        String title = "Browser co-creation " + System.nanoTime();
        Number created = given().auth().preemptive().basic(coordinatorEmail, ComparisonTestData.PASSWORD)
                .contentType("application/json").body(Map.of("tool", "comaster", "title", title))
                .post("/api/assessments").then().statusCode(201).extract().path("id");
        long assessment = created.longValue();

        Page coordinator = as(coordinatorEmail);
        visit(coordinator, "/assessments", "comaster-assessments");
        roundOn(coordinator, title).locator("button:has-text('Open for answers')").click();
        assertThat(roundOn(coordinator, title).locator(".badge")).hasText("Open");
        visit(coordinator, "/assessments/" + assessment + "/links", "comaster-links");
        coordinator.locator("#roles-staff").uncheck();
        coordinator.locator("#roles-user").uncheck();
        coordinator.locator("#roles-partner").check();
        coordinator.locator("#label").fill("Partners' workshop");
        coordinator.locator("form[action$='/links'] button[type=submit]").click();
        String link = coordinator.locator("#issued").inputValue();
        assertTrue(link.matches("https?://.+/take/[A-Za-z0-9_-]{22,}"), link);
        checkAsIs(coordinator, "comaster-link-issued");

        // the partner: no account, a phone, the link's role page and then the section pages
        Page partner = phone(null, "en");
        visit(partner, link.replaceAll("^https?://[^/]+", ""), "comaster-take");
        assertEquals(List.of("partner"), partner.locator("input[name=role]").all().stream()
                .map(r -> r.getAttribute("value")).toList(), "the link offers partners only");
        partner.locator("#role-partner").check();
        partner.locator("form[action^='/take/'] button[type=submit]").click();
        partner.waitForURL("**/sections/inclusiveness");
        check(partner, "comaster-partner-section");
        answerEverySection(partner, "2", "4");
        check(partner, "comaster-partner-review");
        partner.locator("form[action$='/submit'] button[type=submit]").click();
        assertThat(partner.locator("[role=status]")).containsText("Thank you");
        check(partner, "comaster-partner-submitted");

        // a staff member signs in and answers the staff statements
        Page staff = as(staffEmail);
        visit(staff, "/assessments", "comaster-assessments-staff");
        roundOn(staff, title).locator("button:has-text('Start answering')").click();
        staff.waitForURL("**/sections/inclusiveness");
        answerEverySection(staff, "4", "4");
        staff.locator("form[action$='/submit'] button[type=submit]").click();
        assertThat(staff.locator("[role=status]")).containsText("Thank you");

        visit(coordinator, "/assessments", "comaster-assessments-answered");
        roundOn(coordinator, title).locator("a:has-text('Close')").click();
        check(coordinator, "comaster-close");
        coordinator.locator("form[action$='/close'] button[type=submit]").click();
        assertThat(roundOn(coordinator, title).locator(".badge")).hasText("Closed");

        // the manager's report
        Page manager = as(managerEmail);
        visit(manager, "/assessments/" + assessment + "/result", "comaster-result");
        Map<String, Object> score = given().auth().preemptive().basic(managerEmail, ComparisonTestData.PASSWORD)
                .get("/api/assessments/" + assessment + "/result?lang=en").then().statusCode(200)
                .extract().path("score");
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) score.get("root");
        assertEquals("Overall quality of co-creation: " + root.get("label") + " – "
                + Math.round(((Number) root.get("score")).doubleValue()) + " out of 100",
                manager.locator(".overall-value").innerText());
        assertEquals(1, manager.locator("svg.bar-chart[role=img]").count(), "the dimension chart");
        // inclusiveness: the lower median of 4 and 2 on the shared statements (25), staff's 4 on theirs (75) and
        // the partner's 2 on those for users and partners (25): 37.5, weak
        assertEquals(37.5, ((Number) given().auth().preemptive().basic(managerEmail, ComparisonTestData.PASSWORD)
                .get("/api/assessments/" + assessment + "/result").then().extract()
                .path("score.nodes.inclusiveness.score")).doubleValue(), 0.01);
        List<String> chartTexts = manager.locator("svg.bar-chart text").allTextContents();
        int bar = chartTexts.indexOf("Inclusiveness and representation");
        assertTrue(bar >= 0, chartTexts.toString());
        assertEquals("Weak (38)", chartTexts.get(bar + 1), chartTexts.toString());
        assertEquals(9, chartTexts.stream().filter(t -> t.matches("\\w+ \\(\\d+\\)")).count(), "nine dimensions");

        // role gaps: the sections are the dimensions; only on inclusiveness do staff (4) and the partner (2) differ
        Locator gaps = manager.locator("section.tool-section").filter(new Locator.FilterOptions()
                .setHas(manager.locator("h2", new Page.LocatorOptions()
                        .setHasText("How staff, users and partners see each dimension"))));
        assertThat(gaps).containsText("1 of 9 dimensions are seen differently by the roles.");
        assertEquals(1, gaps.locator("tr.flagged").count());
        assertThat(gaps.locator("tr.flagged th")).hasText("Inclusiveness and representation (Roles differ by more than one point)");
        assertEquals(9, gaps.locator("tbody tr").count());

        List<?> recommendations = (List<?>) score.get("recommendations");
        assertTrue(!recommendations.isEmpty(), "a weak result has recommendations");
        assertEquals(recommendations.size(), manager.locator("section.roadmap li.idea").count());

        String pdfHref = manager.locator("a[href*='/result/pdf']").getAttribute("href");
        APIResponse pdf = manager.request().get(pdfHref);
        assertEquals(200, pdf.status());
        assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
        byte[] body = pdf.body();
        assertEquals("%PDF", new String(body, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(body.length > 5_000, "PDF of " + body.length + " bytes");
    }

    /**
     * Ticks {@code inclusiveness} on every statement of the first section (inclusiveness) and {@code usual} on those
     * of the others, then stands on the review page.
     */
    private static void answerEverySection(Page page, String inclusiveness, String usual) {
        while (page.url().contains("/sections/")) {
            String value = page.url().endsWith("/sections/inclusiveness") ? inclusiveness : usual;
            Locator choices = page.locator("fieldset.question input[type=radio][value='" + value + "']");
            assertTrue(choices.count() > 0, "statements on " + page.url());
            for (int i = 0; i < choices.count(); i++) {
                choices.nth(i).check();
            }
            String before = page.url();
            page.locator("button[name=next][value=continue]").click();
            page.waitForURL(url -> !url.equals(before));
        }
        assertTrue(page.url().endsWith("/review"), page.url());
    }
}
