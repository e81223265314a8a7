package org.cokit.web;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.CITY_MANAGER;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebShellTest {

    @Inject
    TestData data;

    @Test
    void theWelcomePageIsAccessibleHtml() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<meta name=\"viewport\""))
                .body(containsString("class=\"skip-link\" href=\"#main\""))
                .body(containsString("<main id=\"main\""))
                .body(containsString("<label for=\"language-select\">"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void theBrowsersLanguageIsUsedWhenSupported() {
        given().header("Accept-Language", "sl-SI,sl;q=0.9,en;q=0.5").get("/").then()
                .body(containsString("<html lang=\"sl\">")).body(not(containsString(">Log in<")));
        given().header("Accept-Language", "fr-FR,da;q=0.8").get("/").then().body(containsString("<html lang=\"da\">"));
        given().header("Accept-Language", "fr-FR").get("/").then().body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theLanguageSwitcherRemembersTheChoiceAndReturnsToThePage() {
        Browser browser = TestData.anonymous();
        browser.get("/language?lang=hr&back=/login").then().statusCode(303)
                .header("Location", containsString("/login"));
        browser.get("/login").then().body(containsString("<html lang=\"hr\">"))
                .body(containsString("<h1>Prijava u CoKit</h1>")).body(not(containsString("Log in to CoKit")));
        browser.get("/language?lang=xx&back=https://evil.example/").then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void navigationFollowsTheRoles() {
        TestData.login(CITY_COORDINATOR, PASSWORD).get("/").then().body(containsString("href=\"/members\""))
                .body(not(containsString("href=\"/admin/organisations\"")));
        TestData.login(CITY_RESPONDENT, PASSWORD).get("/").then().body(not(containsString("href=\"/members\"")));
        TestData.login(ADMIN, PASSWORD).get("/").then().body(containsString("href=\"/admin/organisations\""));
    }

    @Test
    void pagesRefuseRolesThatMayNotSeeThem() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        for (String email : new String[] {CITY_RESPONDENT, CITY_MANAGER}) {
            Browser browser = TestData.login(email, PASSWORD);
            browser.get("/organisations/" + city + "/members").then().statusCode(403)
                    .body(containsString("<h1>"));
            browser.get("/admin/organisations").then().statusCode(403);
        }
        TestData.login(CITY_COORDINATOR, PASSWORD).get("/admin/organisations").then().statusCode(403);
        TestData.login(CITY_COORDINATOR, PASSWORD).get("/members").then().statusCode(303)
                .header("Location", containsString("/organisations/" + city + "/members"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        TestData.anonymous().get("/admin/organisations").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void unknownPagesGetAFriendlyPageAndTheApiAProblemDocument() {
        given().accept("text/html").get("/no-such-page").then().statusCode(404)
                .body(containsString("<h1>Not found</h1>")).body(not(containsString("Exception")));
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/organisations/0").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void healthOpenApiAndSwaggerUiAnswer() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/me"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void userInputIsEscapedOnPages() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        String name = "<script>alert(1)</script>";
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(java.util.Map.of("email", TestData.uniqueEmail("xss"), "displayName", name, "roles",
                        java.util.List.of("respondent")))
                .post("/api/organisations/" + city + "/invitations").then().statusCode(201);
        TestData.login(CITY_COORDINATOR, PASSWORD).get("/organisations/" + city + "/members").then()
                .body(not(containsString(name))).body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
