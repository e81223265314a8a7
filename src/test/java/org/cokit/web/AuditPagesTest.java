package org.cokit.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.cokit.audit.AuditTestData;
import org.cokit.organisation.Role;
import org.junit.jupiter.api.Test;

/** The audit log page, the account page and the organisation deletion page work without JavaScript. */
@QuarkusTest
class AuditPagesTest {

    @Inject
    AuditTestData data;

    @Test
    void aCoordinatorReadsTheirOrganisationsLogAndTheAdminFilters() {
        String name = AuditTestData.uniqueName("Logged Town");
        long organisation = AuditTestData.organisation(name);
        String coordinator = data.member(organisation, Role.COORDINATOR);
        AuditTestData.openAssessment(coordinator, "Page round");
        AuditTestData.openAssessment(data.member(AuditTestData.organisation(AuditTestData.uniqueName("Elsewhere")),
                Role.COORDINATOR), "Foreign round");

        Browser browser = TestData.login(coordinator, AuditTestData.PASSWORD);
        browser.get("/").then().statusCode(200).body(containsString("href=\"/audit\""));
        browser.get("/audit").then().statusCode(200).body(containsString("<h1>Audit log</h1>"))
                .body(containsString("<th scope=\"col\">Who</th>")).body(containsString("Page round"))
                .body(containsString("Assessment opened")).body(containsString(coordinator))
                .body(not(containsString("Foreign round"))).body(containsString("<label for=\"action\">"));
        browser.get("/audit?organisation=999999").then().statusCode(404);
        given().cookies(browser.cookies()).header("Accept-Language", "sl").get("/audit").then().statusCode(200)
                .body(containsString("Revizijska sled")).body(containsString("Ocenjevanje odprto"));

        Browser respondent = TestData.login(data.member(organisation, Role.RESPONDENT), AuditTestData.PASSWORD);
        respondent.get("/audit").then().statusCode(403);
        respondent.get("/").then().body(not(containsString("href=\"/audit\"")));

        Browser admin = TestData.login(TestData.ADMIN, TestData.PASSWORD);
        admin.get("/audit?organisation=" + organisation + "&action=assessment-opened").then().statusCode(200)
                .body(containsString("Page round")).body(not(containsString("Foreign round")))
                .body(containsString("<label for=\"organisation\">"))
                .body(containsString("<option value=\"" + organisation + "\" selected>"));
        admin.get("/audit?action=assessment-opened").then().statusCode(200).body(containsString("Foreign round"));
    }

    @Test
    void aMemberReadsTheirDataAndDeletesTheirAccountAfterTypingTheirAddress() {
        long organisation = AuditTestData.organisation(AuditTestData.uniqueName("Account Town"));
        String coordinator = data.member(organisation, Role.COORDINATOR);
        String respondent = data.member(organisation, Role.RESPONDENT);
        long assessment = AuditTestData.openAssessment(coordinator, "My round");
        AuditTestData.answer(respondent, assessment, false);

        Browser browser = TestData.login(respondent, AuditTestData.PASSWORD);
        browser.get("/account").then().statusCode(200).body(containsString(respondent))
                .body(containsString("My round")).body(containsString("<label for=\"confirm\">"))
                .body(containsString("anonymous group data"));
        browser.submit("/account", "/account/delete", Map.of("confirm", "wrong@example.org")).then().statusCode(400)
                .body(containsString("id=\"confirm-error\"")).body(containsString("href=\"#confirm\""));
        given().redirects().follow(false).cookies(browser.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("confirm", respondent).post("/account/delete").then().statusCode(403);
        browser.submit("/account", "/account/delete", Map.of("confirm", respondent)).then().statusCode(303)
                .header("Location", containsString("/account/deleted"));
        browser.get("/account/deleted").then().statusCode(200).body(containsString("Your account is deleted"));
        browser.get("/account").then().statusCode(302);
        TestData.login(respondent, AuditTestData.PASSWORD).get("/account").then().statusCode(302);

        Browser last = TestData.login(coordinator, AuditTestData.PASSWORD);
        last.get("/account").then().statusCode(200).body(containsString("id=\"delete-refusal\""));
        last.submit("/account", "/account/delete", Map.of("confirm", coordinator)).then().statusCode(409)
                .body(containsString("last coordinator of your organisation"));
    }

    @Test
    void theAdminDeletesAnOrganisationAfterTypingItsName() {
        String name = AuditTestData.uniqueName("Page Deleted Town");
        long organisation = AuditTestData.organisation(name);
        Browser admin = TestData.login(TestData.ADMIN, TestData.PASSWORD);
        admin.get("/admin/organisations").then().statusCode(200)
                .body(containsString("href=\"/admin/organisations/" + organisation + "/delete\""));
        String page = "/admin/organisations/" + organisation + "/delete";
        admin.get(page).then().statusCode(200).body(containsString("Delete " + name))
                .body(containsString("<label for=\"confirm\">"));
        admin.submit(page, page, Map.of("confirm", "not the name")).then().statusCode(400)
                .body(containsString("id=\"confirm-error\""));
        Browser coordinator = TestData.login(data.member(organisation, Role.COORDINATOR), AuditTestData.PASSWORD);
        coordinator.get(page).then().statusCode(403);
        admin.submit(page, page, Map.of("confirm", name)).then().statusCode(303)
                .header("Location", containsString(page + "/done"));
        admin.get(page + "/done").then().statusCode(200)
                .body(containsString("The organisation is deleted"));
        admin.get(page).then().statusCode(404);
        admin.get("/audit?action=organisation-deleted").then().statusCode(200).body(containsString(name));
    }
}
