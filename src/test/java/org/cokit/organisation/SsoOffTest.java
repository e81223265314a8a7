package org.cokit.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With single sign-on off, as it is by default, there is no button and no sign-on path; the form login is all. */
@QuarkusTest
class SsoOffTest {

    @Test
    void theLoginPageHasNoSingleSignOnButtonAndThePathIsAbsent() {
        given().get("/login").then().statusCode(200).body(containsString("j_security_check"))
                .body(not(containsString("/login/sso")));
        given().redirects().follow(false).get("/login/sso").then().statusCode(404);
    }
}
