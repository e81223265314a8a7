package org.cokit.organisation;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;
import static org.cokit.TestData.REGION_COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cokit.TestData;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditEntry;
import org.junit.jupiter.api.Test;

/** Single sign-on through the whole OpenID Connect code flow, against {@link OidcProviderDouble}. */
@QuarkusTest
@TestProfile(SsoTest.WithProvider.class)
class SsoTest {

    /** Single sign-on on, against the test double; its own profile, so other tests start without it. */
    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.client-id", OidcProviderDouble.CLIENT_ID,
                    "quarkus.oidc.credentials.secret", "a-client-secret-of-more-than-32-characters",
                    "quarkus.http.auth.session.encryption-key", "a-session-key-of-more-than-32-characters",
                    "cokit.oidc.provider-name", "Test IdP",
                    "cokit.oidc.role-values.coordinator", "coordinator,cokit-coordinators");
        }

        /** The profiles asked for on the command line, so that the PostgreSQL run ({@code test,pg}) covers this too. */
        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProviderDouble.class));
        }
    }

    @Test
    void firstSignOnCreatesTheMemberOnceAndLaterOnesKeepTheRolesUpToDate() {
        String email = TestData.uniqueEmail("sso");
        String subject = UUID.randomUUID().toString();
        Flow first = signOn(person(subject, email, "demo city", List.of("cokit-coordinators")));
        first.statusCode(200).body(containsString("Sso Person")).body(containsString("content=\"0;url=/\""));
        Map<String, String> cookies = first.cookies();
        assertTrue(cookies.containsKey("cokit-session"), "CoKit's own session starts: " + cookies);
        assertFalse(cookies.keySet().stream().anyMatch(n -> n.startsWith("q_session")),
                "the provider's session is dropped: " + cookies);

        given().cookie("cokit-session", cookies.get("cokit-session")).get("/").then().statusCode(200)
                .body(containsString("Sso Person")).body(containsString("Demo City"))
                .body(containsString("Your roles: Coordinator"));
        assertEquals(1, members(email));
        assertEquals(EnumSet.of(Role.COORDINATOR), rolesOf(email));
        assertNull(passwordHashOf(email), "a provisioned member has no password");
        assertEquals(1, audited(AuditAction.MEMBER_PROVISIONED, email));

        signOn(person(subject, email, "Demo City", List.of("respondent", "manager"))).statusCode(200);
        signOn(person(subject, email, "Demo City", List.of("manager", "respondent"))).statusCode(200);
        assertEquals(1, members(email), "later sign-ons find the member again");
        assertEquals(EnumSet.of(Role.RESPONDENT, Role.MANAGER), rolesOf(email));
        assertEquals(1, audited(AuditAction.MEMBER_PROVISIONED, email));
        assertEquals(List.of("roles=manager,respondent, before=coordinator, by=single sign-on"),
                auditDetails(AuditAction.MEMBER_ROLES_CHANGED, email), "only the change is audited, once");
    }

    @Test
    void anUnknownOrganisationIsRefusedClearlyAndNoAccountIsMade() {
        String email = TestData.uniqueEmail("sso-unknown");
        Flow flow = signOn(person(UUID.randomUUID().toString(), email, "Ministry of Atlantis", List.of("respondent")));
        flow.statusCode(403)
                .body(containsString("Your organisation &quot;Ministry of Atlantis&quot; is not registered in CoKit"))
                .body(containsString("href=\"/login\""));
        assertFalse(flow.cookies().containsKey("cokit-session"));
        assertEquals(0, members(email));
    }

    @Test
    void withoutAMappedRoleTheSignOnIsRefused() {
        String email = TestData.uniqueEmail("sso-norole");
        signOn(person(UUID.randomUUID().toString(), email, "Demo City", List.of("auditor"))).statusCode(403)
                .body(containsString("no CoKit role (values received: auditor)"));
        assertEquals(0, members(email));
    }

    @Test
    void anAccountOfAnotherOrganisationIsNotTakenOver() {
        signOn(person(UUID.randomUUID().toString(), REGION_COORDINATOR, "Demo City", List.of("coordinator")))
                .statusCode(403).body(containsString("already belongs to another CoKit account"));
        assertEquals(EnumSet.of(Role.COORDINATOR), rolesOf(REGION_COORDINATOR));
    }

    @Test
    void formLoginAndBasicAuthStayAsTheyWereBesideTheButton() {
        given().get("/login").then().statusCode(200).body(containsString("href=\"/login/sso\""))
                .body(containsString("Sign in with Test IdP"));
        assertTrue(TestData.login(CITY_COORDINATOR, PASSWORD).hasSession());
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).get("/api/me").then().statusCode(200);
        given().redirects().follow(false).get("/api/me").then().statusCode(401)
                .header("Location", org.hamcrest.Matchers.nullValue());
        given().redirects().follow(false).get("/").then().statusCode(200).body(not(containsString("realm/authorize")));
    }

    private static Map<String, Object> person(String subject, String email, String organisation, List<String> roles) {
        return Map.of("sub", subject, "email", email, "name", "Sso Person " + subject.substring(0, 8),
                "organisation", organisation, "roles", roles);
    }

    /** The last answer of a sign-on, with the cookies the browser holds afterwards. */
    record Flow(Response response, Map<String, String> cookies) {
        io.restassured.response.ValidatableResponse statusCode(int status) {
            return response.then().statusCode(status);
        }
    }

    /** Goes through the code flow as a browser does: CoKit, the provider, back with the code, and CoKit's answer. */
    private static Flow signOn(Map<String, Object> person) {
        OidcProviderDouble.nextPerson = person;
        Map<String, String> cookies = new HashMap<>();
        Response response = keep(cookies, given().redirects().follow(false).get("/login/sso"));
        assertEquals(302, response.statusCode());
        String authorize = response.header("Location");
        assertTrue(authorize.contains("/realm/authorize?"), authorize);
        String callback = given().redirects().follow(false).urlEncodingEnabled(false).get(authorize)
                .then().statusCode(302).extract().header("Location");
        assertTrue(callback.contains("/login/sso?code="), callback);
        response = keep(cookies, given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies)
                .get(callback));
        // Quarkus takes the code out of the address with one more redirect to the same page.
        for (int i = 0; i < 3 && response.statusCode() == 302; i++) {
            String next = response.header("Location");
            assertTrue(next.contains("/login/sso") && !next.contains("realm"), next);
            response = keep(cookies, given().redirects().follow(false).urlEncodingEnabled(false).cookies(cookies)
                    .get(next));
        }
        return new Flow(response, cookies);
    }

    private static Response keep(Map<String, String> cookies, Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || (c.hasMaxAge() && c.getMaxAge() <= 0)) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
        return response;
    }

    private static long members(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Member.count("email", email));
    }

    private static Set<Role> rolesOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Member.<Member>find("email", email).firstResult()
                .roleSet());
    }

    private static String passwordHashOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Member.<Member>find("email", email).firstResult()
                .passwordHash);
    }

    private static long audited(String action, String email) {
        return auditDetails(action, email).size();
    }

    private static List<String> auditDetails(String action, String email) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "action = ?1 and objectLabel = ?2", action, email).stream().map(e -> e.details).toList());
    }
}
