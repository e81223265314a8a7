package org.cokit;

import static io.restassured.RestAssured.given;

import io.restassured.http.Cookies;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cokit.organisation.Member;
import org.cokit.organisation.Organisation;
import org.cokit.organisation.PasswordHasher;
import org.cokit.organisation.Role;

/** Shared test fixtures: the demo logins, fresh members, and a browser-like session that logs in and posts forms. */
@ApplicationScoped
public class TestData {

    public static final String PASSWORD = "demo";
    public static final String ADMIN = "admin@demo";
    public static final String CITY_COORDINATOR = "coordinator@demo-city";
    public static final String CITY_RESPONDENT = "respondent1@demo-city";
    public static final String CITY_MANAGER = "manager@demo-city";
    public static final String REGION_COORDINATOR = "coordinator@demo-region";
    public static final String REGION_RESPONDENT = "respondent1@demo-region";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final PasswordHasher hasher;

    public TestData(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** A unique e-mail address for a member made by one test. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.example";
    }

    @Transactional
    public long organisationIdOf(String email) {
        Member member = Member.find("email", email).firstResult();
        return member.organisation.id;
    }

    @Transactional
    public String passwordHashOf(String email) {
        Member member = Member.find("email", email).firstResult();
        return member.passwordHash;
    }

    @Transactional
    public java.util.List<String> invitationTokenHashes() {
        return org.cokit.organisation.Invitation.<org.cokit.organisation.Invitation>listAll().stream()
                .map(i -> i.tokenHash).toList();
    }

    /** Creates a member of the organisation of {@code colleagueEmail} with the given roles and password. */
    @Transactional
    public String newMember(String colleagueEmail, String password, Role... roles) {
        Member colleague = Member.find("email", colleagueEmail).firstResult();
        Member member = new Member();
        member.organisation = Organisation.findById(colleague.organisation.id);
        member.email = uniqueEmail("member");
        member.displayName = "Test Member";
        member.roles.addAll(Set.of(roles));
        member.passwordHash = hasher.hash(password);
        member.createdAt = Instant.now();
        member.persist();
        return member.email;
    }

    /** A new open assessment of the sample tool in Demo City; returns its id. */
    public static long openAssessment() {
        int id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json").body(Map.of("tool", org.cokit.engine.answers.SampleTool.ID, "title", "Round " + System.nanoTime()))
                .post("/api/assessments").then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("draft"))
                .body("questionnaireId", org.hamcrest.Matchers.equalTo("sample")).body("questionnaireVersion", org.hamcrest.Matchers.equalTo(2))
                .extract().path("id");
        given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json").post("/api/assessments/" + id + "/open").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("open"));
        return id;
    }

    /**
     * An open sample assessment with one submitted answer set whose result recommends {@code know-your-users} and
     * {@code open-a-channel}.
     */
    public static long assessmentWithWeakUsers() {
        long assessment = openAssessment();
        long submission = submissionOf(CITY_RESPONDENT, assessment);
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).contentType("application/json")
                .body(Map.of("answers", Map.of("many-users", "no", "satisfaction", 1, "main-channel", "phone",
                        "complaints", "Long queues")))
                .put("/api/submissions/" + submission + "/answers").then().statusCode(200);
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).contentType("application/json")
                .post("/api/submissions/" + submission + "/submit").then().statusCode(200);
        return assessment;
    }

    /** Marks Demo City's unfinished roadmap actions {@code actionId} done, so that the action may be adopted again. */
    public static void finishAdopted(String actionId) {
        List<Map<String, Object>> actions = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD)
                .get("/api/actions").then().statusCode(200).extract().path("$");
        for (Map<String, Object> action : actions) {
            if (actionId.equals(action.get("actionId")) && !"done".equals(action.get("status"))) {
                given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                        .body(Map.of("status", "done")).put("/api/actions/" + action.get("id")).then().statusCode(200);
            }
        }
    }

    /** A roadmap action Demo City adopted from {@link #assessmentWithWeakUsers()}. */
    public static long adoptedAction() {
        finishAdopted("know-your-users");
        Number id = given().auth().preemptive().basic(CITY_COORDINATOR, PASSWORD).contentType("application/json")
                .body(Map.of("actionId", "know-your-users", "owner", "Ana Novak", "due", "2027-03-31"))
                .post("/api/assessments/" + assessmentWithWeakUsers() + "/actions").then().statusCode(201)
                .extract().path("id");
        return id.longValue();
    }

    public static long submissionOf(String email, long assessmentId) {
        Number id = given().auth().preemptive().basic(email, PASSWORD).contentType("application/json").post("/api/assessments/" + assessmentId + "/submissions").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo(200), org.hamcrest.Matchers.equalTo(201))).extract().path("id");
        return id.longValue();
    }

    /** Logs in through the login form, as a browser does, and returns the session's cookies. */
    public static Browser login(String email, String password) {
        Response response = given().redirects().follow(false).formParam("j_username", email)
                .formParam("j_password", password).post("/j_security_check");
        return new Browser(response.getDetailedCookies());
    }

    public static Browser anonymous() {
        return new Browser(new Cookies());
    }

    /** Cookies of one browser; posts forms with the CSRF token a page gave it. */
    public static final class Browser {
        private final Map<String, String> cookies = new java.util.HashMap<>();

        Browser(Cookies initial) {
            initial.forEach(c -> cookies.put(c.getName(), c.getValue()));
        }

        public boolean hasSession() {
            return cookies.containsKey("cokit-session");
        }

        public Map<String, String> cookies() {
            return cookies;
        }

        public Response get(String path) {
            Response response = given().redirects().follow(false).cookies(cookies).get(path);
            keep(response);
            return response;
        }

        /** Opens {@code pagePath} to get a CSRF token, then posts the form to {@code action}. */
        public Response submit(String pagePath, String action, Map<String, ?> fields) {
            String token = csrfToken(pagePath);
            Response response = given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                    .formParams(fields).formParam("csrf", token).post(action);
            keep(response);
            return response;
        }

        /**
         * Posts a form to {@code action} as the page it came from would, with the CSRF token of the browser's cookie
         * (so open a page first); {@code accept} is sent as the Accept header when not null. Collection values
         * post as repeated fields, as checkboxes do.
         */
        public Response post(String action, Map<String, ?> fields, String accept) {
            String token = cookies.get("cokit-csrf");
            if (token == null) {
                throw new AssertionError("No CSRF cookie yet: open a page first");
            }
            var request = given().redirects().follow(false).cookies(cookies)
                    .contentType("application/x-www-form-urlencoded").formParam("csrf", token);
            if (accept != null) {
                request = request.accept(accept);
            }
            for (Map.Entry<String, ?> field : fields.entrySet()) {
                if (field.getValue() instanceof java.util.Collection<?> values) {
                    for (Object v : values) {
                        request = request.formParam(field.getKey(), v);
                    }
                } else {
                    request = request.formParam(field.getKey(), field.getValue());
                }
            }
            Response response = request.post(action);
            keep(response);
            return response;
        }

        public String csrfToken(String pagePath) {
            String page = get(pagePath).asString();
            Matcher matcher = CSRF.matcher(page);
            if (!matcher.find()) {
                throw new AssertionError("No CSRF token on " + pagePath);
            }
            return matcher.group(1);
        }

        private void keep(Response response) {
            response.getDetailedCookies().forEach(c -> {
                if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c.getValue());
                }
            });
        }
    }
}
