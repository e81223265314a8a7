package org.cokit.organisation;

import static org.cokit.TestData.ADMIN;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.TestData.Browser;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BadInputTest {

    @Inject
    TestData data;

    static Map<String, Object> validOrganisation() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Valid " + System.nanoTime());
        body.put("country", "DK");
        body.put("governmentLevel", "NATIONAL");
        body.put("sector", "HEALTH");
        body.put("sizeBand", "FROM_1000");
        body.put("language", "DA");
        return body;
    }

    @Test
    void emptyBodyNamesEveryMissingField() {
        OrganisationApiTest.as(ADMIN).body("{}").post("/api/organisations").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("errors.field", hasItems("name", "country", "governmentLevel", "sector", "sizeBand", "language"))
                .body("errors.code", hasItem("required"));
    }

    @Test
    void noBodyAtAllIsA400NotA500() {
        OrganisationApiTest.as(ADMIN).post("/api/organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void tooLongNameIsRefusedWithItsLimit() {
        Map<String, Object> body = validOrganisation();
        body.put("name", "x".repeat(201));
        OrganisationApiTest.as(ADMIN).body(body).post("/api/organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("name")).body("errors[0].code", equalTo("too-long"));
    }

    @Test
    void wrongTypeOrUnknownValueNamesTheField() {
        Map<String, Object> body = validOrganisation();
        body.put("governmentLevel", "GALACTIC");
        OrganisationApiTest.as(ADMIN).body(body).post("/api/organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("governmentLevel"));
        body = validOrganisation();
        body.put("benchmarkOptIn", Map.of("nested", true));
        OrganisationApiTest.as(ADMIN).body(body).post("/api/organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("benchmarkOptIn"));
        body = validOrganisation();
        body.put("country", "ZZ");
        OrganisationApiTest.as(ADMIN).body(body).post("/api/organisations").then().statusCode(400)
                .body("errors[0].field", equalTo("country")).body("errors[0].code", equalTo("unknown-country"));
    }

    @Test
    void malformedJsonIsA400ThatSaysSo() {
        OrganisationApiTest.as(ADMIN).body("{\"name\": ").post("/api/organisations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("JSON"));
    }

    @Test
    void invitationWithBadEmailAndUnknownRoleNamesTheFields() {
        long city = data.organisationIdOf(CITY_COORDINATOR);
        OrganisationApiTest.as(CITY_COORDINATOR)
                .body(Map.of("email", "not-an-address", "displayName", "X", "roles", new String[] {"respondent"}))
                .post("/api/organisations/" + city + "/invitations").then().statusCode(400)
                .body("errors[0].field", equalTo("email")).body("errors[0].code", equalTo("email"));
        OrganisationApiTest.as(CITY_COORDINATOR)
                .body(Map.of("email", "a@example.org", "displayName", "X", "roles", new String[] {"overlord"}))
                .post("/api/organisations/" + city + "/invitations").then().statusCode(400)
                .body("errors[0].field", equalTo("roles[0]"));
        OrganisationApiTest.as(CITY_COORDINATOR)
                .body(Map.of("email", "a@example.org", "displayName", "X", "roles", new String[] {"admin"}))
                .post("/api/organisations/" + city + "/invitations").then().statusCode(400)
                .body("errors[0].field", equalTo("roles"));
    }

    @Test
    void theAdminFormKeepsWhatWasTypedAndPutsTheMessageByTheField() {
        Browser admin = TestData.login(ADMIN, TestData.PASSWORD);
        Map<String, Object> form = new HashMap<>();
        form.put("name", "");
        form.put("country", "SI");
        form.put("governmentLevel", "LOCAL");
        form.put("sector", "NOT_A_SECTOR");
        form.put("sizeBand", "UP_TO_49");
        form.put("language", "SL");
        admin.submit("/admin/organisations", "/admin/organisations", form).then().statusCode(400)
                .body(containsString("id=\"name-error\""))
                .body(containsString("aria-describedby=\"name-error\""))
                .body(containsString("id=\"sector-error\""))
                .body(containsString("<option value=\"SI\" selected>"))
                .body(containsString("<option value=\"UP_TO_49\" selected>"))
                .body(containsString("href=\"#name\""));
    }

    @Test
    void aValidAdminFormCreatesTheOrganisationAndOpensItsMembersPage() {
        Browser admin = TestData.login(ADMIN, TestData.PASSWORD);
        Map<String, Object> form = validOrganisation();
        form.put("benchmarkOptIn", "true");
        String location = admin.submit("/admin/organisations", "/admin/organisations", form).then().statusCode(303)
                .extract().header("Location");
        admin.get(location).then().statusCode(200).body(containsString((String) form.get("name")))
                .body(not(containsString("name-error")));
    }
}
