package org.cokit.audit;

import static org.cokit.audit.AuditTestData.as;
import static org.cokit.audit.AuditTestData.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.cokit.organisation.Role;
import org.junit.jupiter.api.Test;

/** A member sees what CoKit holds about them and deletes their account; the last coordinator cannot. */
@QuarkusTest
class AccountDataTest {

    @Inject
    AuditTestData data;

    @Test
    void aMemberSeesTheirDataAndDeletesTheirAccount() {
        AuditTestData.Filled org = data.filledOrganisation();
        long invitedId = data.memberId(org.invited());
        as(org.invited()).get("/api/me/data").then().statusCode(200)
                .body("email", equalTo(org.invited())).body("displayName", equalTo("Invited Person"))
                .body("roles", equalTo(List.of("respondent"))).body("organisation.name", equalTo(org.name()))
                .body("invitations.invitedBy", hasItem(org.coordinator()))
                .body("held.kind", hasItem("submission")).body("held.label", hasItem("Closed round"))
                .body("auditEntries.action", hasItem("invitation-accepted"));

        // the respondent has a submitted answer set in the closed round and a draft in the open one
        long respondentId = data.memberId(org.respondent());
        assertEquals(2, data.count("submission", "member_id = ?1", respondentId));
        Number closed = as(org.coordinator()).get("/api/assessments?status=closed").then().statusCode(200).extract()
                .path("id[0]");
        String result = as(org.coordinator()).get("/api/assessments/" + closed + "/result").then().statusCode(200)
                .extract().asString();
        as(org.respondent()).queryParam("confirm", "someone@else.example").delete("/api/me").then().statusCode(400)
                .body("errors[0].field", equalTo("confirm"));
        as(org.respondent()).queryParam("confirm", org.respondent().toUpperCase()).delete("/api/me").then()
                .statusCode(204);
        as(org.respondent()).get("/api/me").then().statusCode(401);
        assertEquals(0, data.count("member", "id = ?1", respondentId));
        assertEquals(0, data.count("submission", "member_id = ?1", respondentId));
        // the closed round keeps both submissions (the deleted member's without a member), the open round's draft goes
        assertEquals(2, data.count("submission", "assessment_id = (select id from assessment where title = 'Closed round'"
                + " and organisation_id = ?1)", org.id()));
        assertEquals(0, data.count("submission", "assessment_id = (select id from assessment where title = 'Open round'"
                + " and organisation_id = ?1)", org.id()));
        assertEquals(0, data.count("invitation", "email = ?1", org.respondent()));
        assertEquals(0, data.count("audit_entry", "actor_email = ?1", org.respondent()));
        as(org.coordinator()).get("/api/audit?action=member-deleted").then().statusCode(200)
                .body("entries[0].objectId", equalTo((int) respondentId))
                .body("entries[0].actorEmail", equalTo(null));
        // the frozen result reads as before
        assertEquals(result, as(org.coordinator()).get("/api/assessments/" + closed + "/result").then()
                .statusCode(200).extract().asString());
        assertEquals(1, data.count("member", "id = ?1", invitedId));
    }

    @Test
    void theLastCoordinatorCannotDeleteTheirAccount() {
        long organisation = AuditTestData.organisation(AuditTestData.uniqueName("Lone Town"));
        String coordinator = data.member(organisation, Role.COORDINATOR);
        as(coordinator).queryParam("confirm", coordinator).delete("/api/me").then().statusCode(409)
                .body("errors[0].code", equalTo("last-coordinator"))
                .body("detail", containsString("last coordinator"));
        String second = data.member(organisation, Role.COORDINATOR);
        as(coordinator).queryParam("confirm", coordinator).delete("/api/me").then().statusCode(204);
        as(second).queryParam("confirm", second).delete("/api/me").then().statusCode(409);
        asAdmin().get("/api/organisations/" + organisation + "/members").then().statusCode(200)
                .body("email", equalTo(List.of(second)));
        as(second).body(Map.of()).get("/api/me/data").then().statusCode(200);
    }
}
