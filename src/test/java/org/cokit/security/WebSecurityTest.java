package org.cokit.security;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.cokit.tools.coserve.CoServeTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSRF protection of every form the site shows, security headers on every kind of response, and the cookies'
 * flags. Pages and forms are found by following links as each role, so new pages are covered without a list.
 */
@QuarkusTest
class WebSecurityTest {

    private static final List<String> ROLES = List.of(ADMIN, CITY_COORDINATOR, CITY_MANAGER, CITY_RESPONDENT);

    private static boolean prepared;

    @BeforeEach
    void somethingOnEveryPage() {
        if (prepared) {
            return;
        }
        prepared = true;
        // an open assessment with a started submission, a service and a roadmap action give those pages forms
        TestData.submissionOf(CITY_RESPONDENT, TestData.openAssessment());
        CoServeTestData.service("Web security");
        TestData.adoptedAction();
    }

    @Test
    void everyPostFormCarriesATokenAndIsRefusedWithoutIt() {
        List<String> failures = new ArrayList<>();
        Map<String, SiteCrawler.PostForm> checked = new LinkedHashMap<>();
        for (String email : ROLES) {
            Browser browser = TestData.login(email, PASSWORD);
            Map<String, SiteCrawler.Page> pages = SiteCrawler.crawl(browser, "/", 150);
            for (SiteCrawler.PostForm form : SiteCrawler.postForms(pages).values()) {
                String where = form.action() + " (form on " + form.page() + " as " + email + ")";
                if (form.action().equals("/j_security_check")) {
                    continue; // Quarkus' own login handler reads this form before any CoKit code (see the README)
                }
                if (!form.hasCsrfField()) {
                    failures.add("no CSRF field: " + where);
                }
                Response missing = post(browser, form, null, "application/x-www-form-urlencoded");
                Response wrong = post(browser, form, "A".repeat(43), "application/x-www-form-urlencoded");
                Response plain = post(browser, form, null, "text/plain");
                for (Response response : List.of(missing, wrong, plain)) {
                    if (response.statusCode() != 403) {
                        failures.add("answered " + response.statusCode() + " without a valid token: " + where);
                    }
                }
                checked.putIfAbsent(form.action().replaceAll("\\d+", "{id}"), form);
            }
        }
        assertEquals(List.of(), failures);
        // the forms of sign-out, language, members, invitations, assessments, submissions, services, ranking,
        // roadmap, sharing, account, organisations at least
        assertTrue(checked.size() >= 12, "too few forms found: " + checked.keySet());
    }

    @Test
    void theRefusedFormChangedNothing() {
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        coordinator.get("/services");
        long before = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/services").then()
                .statusCode(200).extract().jsonPath().getList("$").size();
        given().redirects().follow(false).cookies(coordinator.cookies())
                .contentType("application/x-www-form-urlencoded")
                .formParam("name", "Forged service").formParam("description", "x").post("/services").then()
                .statusCode(403);
        given().redirects().follow(false).cookies(coordinator.cookies()).contentType("text/plain")
                .body("name=Forged+service").post("/services").then().statusCode(403);
        assertEquals(before, given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/services").then()
                .statusCode(200).extract().jsonPath().getList("$").size());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        List<String> failures = new ArrayList<>();
        Browser coordinator = TestData.login(CITY_COORDINATOR, PASSWORD);
        Map<String, Response> responses = new LinkedHashMap<>();
        SiteCrawler.crawl(coordinator, "/", 60).forEach((path, page) -> responses.put(path, page.response()));
        responses.put("login page", TestData.anonymous().get("/login"));
        responses.put("missing page", coordinator.get("/no-such-page"));
        responses.put("stylesheet", coordinator.get("/css/cokit.css"));
        responses.put("script", coordinator.get("/js/autosave.js"));
        responses.put("API answer", given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/me"));
        responses.put("API 401", given().get("/api/me"));
        responses.put("API 404", given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/assessments/999999999"));
        responses.put("OpenAPI document", given().get("/q/openapi"));
        responses.put("health", given().get("/q/health"));
        for (Map.Entry<String, Response> entry : responses.entrySet()) {
            Response response = entry.getValue();
            String what = entry.getKey() + " (" + response.statusCode() + ")";
            if (!"nosniff".equals(response.header("X-Content-Type-Options"))) {
                failures.add("no X-Content-Type-Options: nosniff on " + what);
            }
            if (response.header("Referrer-Policy") == null) {
                failures.add("no Referrer-Policy on " + what);
            }
            String csp = response.header("Content-Security-Policy");
            boolean framingRefused = "DENY".equals(response.header("X-Frame-Options"))
                    || csp != null && csp.contains("frame-ancestors 'none'");
            if (!framingRefused) {
                failures.add("framing not refused on " + what);
            }
            String type = response.contentType();
            if (type != null && type.startsWith("text/html") && !entry.getKey().startsWith("OpenAPI")) {
                if (csp == null || !csp.contains("script-src 'self'") || csp.contains("unsafe-inline")
                        && csp.substring(csp.indexOf("script-src")).split(";")[0].contains("unsafe-inline")) {
                    failures.add("HTML without a strict script-src: " + what + ": " + csp);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(responses.size() >= 20, "too few responses checked: " + responses.keySet());
    }

    @Test
    void sessionAndCsrfCookiesAreHttpOnlyAndStrictlySameSite() {
        Response login = given().redirects().follow(false).formParam("j_username", CITY_COORDINATOR)
                .formParam("j_password", PASSWORD).post("/j_security_check");
        String session = setCookie(login, "cokit-session");
        assertNotNull(session, "no session cookie: " + login.headers());
        assertTrue(session.toLowerCase().contains("httponly"), session);
        assertTrue(session.contains("SameSite=Strict"), session);
        assertFalse(session.contains("Secure"), "plain HTTP in tests, so not Secure unless configured: " + session);
        String csrf = setCookie(given().cookie("cokit-session", login.getCookie("cokit-session")).get("/"),
                "cokit-csrf");
        assertNotNull(csrf, "no CSRF cookie with the home page's forms");
        assertTrue(csrf.toLowerCase().contains("httponly"), csrf);
        assertTrue(csrf.contains("SameSite=Strict"), csrf);
    }

    static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .findFirst().orElse(null);
    }

    private static Response post(Browser browser, SiteCrawler.PostForm form, String token, String contentType) {
        var request = given().redirects().follow(false).cookies(browser.cookies());
        if ("text/plain".equals(contentType)) {
            StringBuilder body = new StringBuilder();
            form.fields().forEach((k, v) -> body.append(k).append('=').append(v).append('\n'));
            return request.contentType("text/plain").body(body.toString()).post(form.action());
        }
        request = request.contentType(contentType);
        for (Map.Entry<String, String> field : form.fields().entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        if (token != null) {
            request = request.formParam("csrf", token);
        }
        return request.post(form.action());
    }
}
