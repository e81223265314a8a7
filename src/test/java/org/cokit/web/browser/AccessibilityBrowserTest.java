package org.cokit.web.browser;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.junit.jupiter.api.Test;

/**
 * Accessibility beyond what axe sees: the checks themselves find faults, the statement in four languages, errors
 * announced and linked to fields that take the focus, focus order, and the session warning by keyboard.
 */
@QuarkusTest
class AccessibilityBrowserTest extends BrowserTest {

    /** Tabbable elements in page order: what Tab should visit, one radio per group (the ticked one, else the first). */
    private static final String TABBABLES = """
            () => {
              const seen = new Set();
              const all = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
                .filter(e => !e.disabled && e.type !== 'hidden' && e.tabIndex >= 0 && e.getClientRects().length > 0
                             && getComputedStyle(e).visibility !== 'hidden')
                .filter(e => {
                  if (e.type !== 'radio') return true;
                  if (seen.has(e.name)) return false;
                  const group = [...document.querySelectorAll('input[type=radio]')].filter(r => r.name === e.name);
                  const pick = group.find(r => r.checked) || group[0];
                  if (pick !== e) return false;
                  seen.add(e.name);
                  return true;
                });
              all.forEach((e, i) => e.setAttribute('data-tab-order', i));
              return all.length;
            }""";

    @Test
    void theChecksFindFaults() {
        Page page = anonymous("en");
        page.setContent("<!DOCTYPE html><html><body><img src='a.png'><input id='x'></body></html>");
        List<String> axe = axe(page, "fault");
        assertTrue(axe.stream().anyMatch(p -> p.contains("image-alt")), axe.toString());
        assertTrue(axe.stream().anyMatch(p -> p.contains("html-has-lang")), axe.toString());
        assertEquals(1, unlabelledFields(page, "fault").size());
    }

    @Test
    void statementInEveryLanguageLinkedFromEveryPage() {
        Page page = anonymous("en");
        visit(page, "/login", "login");
        page.locator("footer a[href='/accessibility']").click();
        page.waitForURL("**/accessibility");
        check(page, "accessibility-statement");
        assertEquals("accessibility@demo-city.example", page.locator("a[href^='mailto:']").innerText());
        assertTrue(page.locator("main").innerText().contains("This statement was prepared on 3 December 2026."));
        assertEquals(List.of("Compliance status", "Non-accessible content", "Preparation of this statement",
                "Feedback and contact information", "Enforcement procedure"), page.locator("main h2").allInnerTexts());
        Map<String, String> titles = Map.of("sl", "Izjava o dostopnosti", "hr", "Izjava o pristupačnosti", "da",
                "Tilgængelighedserklæring");
        for (Map.Entry<String, String> title : titles.entrySet()) {
            Page other = anonymous(title.getKey());
            other.navigate("/accessibility");
            assertEquals(title.getKey(), lang(other));
            assertEquals(title.getValue(), other.locator("h1").innerText());
            assertEquals(title.getValue(), other.locator("footer a[href='/accessibility']").innerText());
        }
        Page signedIn = as(TestData.CITY_COORDINATOR);
        for (String path : List.of("/", "/assessments", "/dashboard", "/members")) {
            signedIn.navigate(path);
            assertEquals(1, signedIn.locator("footer a[href='/accessibility']").count(), path);
        }
        visit(phone(null, "en"), "/", "home-anonymous-phone");
        visit(as(TestData.CITY_COORDINATOR), "/", "home-coordinator");
    }

    @Test
    void errorsAreAnnouncedAndLinkToFieldsThatTakeTheFocus() {
        long assessment = TestData.openAssessment();
        long submission = TestData.submissionOf(CITY_RESPONDENT, assessment);
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).contentType("application/json")
                .body(Map.of("answers", Map.of("many-users", "yes"))).put("/api/submissions/" + submission + "/answers")
                .then().statusCode(200);
        Page page = as(CITY_RESPONDENT);
        visit(page, "/submissions/" + submission + "/sections/users", "section-sample");
        page.locator("#q-users-count").fill("-5");
        // a radio answer the questionnaire does not offer, as a stale or forged form would send
        page.evaluate("() => { const r = document.querySelector('input[name=q-satisfaction]'); r.value = 'bogus';"
                + " r.checked = true; }");
        page.locator("button[name=next][value=continue]").click();

        Locator summary = page.locator("#error-summary");
        assertEquals("alert", summary.getAttribute("role"));
        List<String> targets = summary.locator("a").all().stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("#q-users-count", "#q-satisfaction-1"), targets);
        for (Locator link : summary.locator("a").all()) {
            String id = link.getAttribute("href").substring(1);
            link.focus();
            page.keyboard().press("Enter");
            assertEquals(id, page.evaluate("document.activeElement.id"), "following the link focuses #" + id);
            String describedBy = (String) page.evaluate("id => { const f = document.getElementById(id);"
                    + " return (f.closest('fieldset') || f).getAttribute('aria-describedby'); }", id);
            String field = id.startsWith("q-satisfaction") ? "q-satisfaction" : id;
            assertTrue(describedBy.contains(field + "-error"), id + " is described by its error: " + describedBy);
        }
        checkAsIs(page, "section-errors");
    }

    @Test
    void focusFollowsThePage() {
        long assessment = TestData.openAssessment();
        long submission = TestData.submissionOf(CITY_RESPONDENT, assessment);
        for (String path : List.of("/login", "/submissions/" + submission + "/sections/channels")) {
            Page page = path.equals("/login") ? anonymous("en") : as(CITY_RESPONDENT);
            page.navigate(path);
            assertEquals(0L, ((Number) page.evaluate(
                    "document.querySelectorAll('[tabindex]:not([tabindex=\"0\"]):not([tabindex=\"-1\"])').length"))
                    .longValue(), "no positive tabindex on " + path);
            int count = ((Number) page.evaluate(TABBABLES)).intValue();
            assertTrue(count > 5, count + " tabbable elements on " + path);
            for (int i = 0; i < count; i++) {
                page.keyboard().press("Tab");
                assertEquals(String.valueOf(i), page.evaluate("document.activeElement.getAttribute('data-tab-order')"),
                        "Tab press " + (i + 1) + " on " + path + " reached "
                                + page.evaluate("document.activeElement.outerHTML.slice(0, 120)"));
            }
        }
    }

    @Test
    void theSessionWarningIsAnnouncedAndExtendedByKeyboard() {
        Page page = as(CITY_RESPONDENT);
        page.clock().install();
        page.navigate("/assessments");
        Locator warning = page.locator("#session-warning");
        assertFalse(warning.isVisible());
        long warnAt = Long.parseLong(page.locator("body").getAttribute("data-session-warning"));
        assertEquals(28 * 60, warnAt, "30 minutes idle timeout, warned 2 minutes before");
        page.clock().runFor(warnAt * 1000 + 1000);
        assertTrue(warning.isVisible());
        assertEquals("alert", warning.getAttribute("role"));
        assertEquals("session-extend", page.evaluate("document.activeElement.id"), "the button takes the focus");
        var extended = page.waitForResponse(r -> r.url().endsWith("/session/extend"),
                () -> page.keyboard().press("Enter"));
        assertEquals(204, extended.status());
        warning.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        screenshot(page, "session-extended");

        page.clock().runFor(warnAt * 1000 + 1000);
        assertTrue(warning.isVisible(), "warned again a full period after the extension");
        page.clock().runFor(3 * 60 * 1000);
        assertTrue(page.locator("#session-ended-text").isVisible(), "says the session ended");
        assertFalse(page.locator("#session-extend").isVisible());

        // Without JavaScript the warning never shows and the page works as it is.
        try (BrowserContext noScript = browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
                .setJavaScriptEnabled(false).setStorageState(page.context().storageState()))) {
            Page plain = noScript.newPage();
            plain.navigate("/assessments");
            assertFalse(plain.locator("#session-warning").isVisible());
            assertTrue(plain.locator("h1").isVisible());
        }
    }
}
