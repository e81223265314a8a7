package org.cokit.scoring.dex;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.CITY_RESPONDENT;
import static org.cokit.TestData.CITY_COORDINATOR;
import static org.cokit.TestData.PASSWORD;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DexResourceTest {

    private static final String PATH = "/api/dex/evaluate";

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/xml");
    }

    @Test
    void evaluatesTheAlternativesStoredInCarDxi() {
        as(CITY_COORDINATOR).body(DexTestModels.fixtureText("Car.dxi")).post(PATH).then().statusCode(200)
                .contentType("application/json")
                .body("alternatives", hasSize(2))
                .body("alternatives.name", contains("Car1", "Car2"))
                .body("alternatives[0].values.CAR", equalTo("exc"))
                .body("alternatives[0].values.PRICE", equalTo("low"))
                .body("alternatives[0].values.'TECH.CHAR.'", equalTo("exc"))
                .body("alternatives[0].values.'#PERS'", equalTo("more"))
                .body("alternatives[1].values.CAR", equalTo("good"))
                .body("alternatives[1].values.SAFETY", equalTo("medium"));
    }

    @Test
    void setsAreListsOfLabelsAndNumbersStayNumbers() {
        given().auth().preemptive().basic(CITY_RESPONDENT, PASSWORD).contentType("text/xml")
                .body(DexTestModels.fixtureText("OneLevelContinuousNew.dxi")).post(PATH).then().statusCode(200)
                .body("alternatives", hasSize(9))
                .body("alternatives[1].name", equalTo("Null/All"))
                .body("alternatives[1].values.OneLevel", contains("0", "1", "2"))
                .body("alternatives[1].values.X2", contains("0", "1"))
                .body("alternatives[1].values.N1", nullValue())
                .body("alternatives[8].values.N1", equalTo(0.0f))
                .body("alternatives[8].values.X2", equalTo("0"))
                .body("alternatives[5].values.N2", equalTo(-2.0f))
                .body("alternatives[5].values.OneLevel", equalTo("1"));
    }

    @Test
    void aMalformedFileIsA400ProblemNamingTheLine() {
        as(CITY_COORDINATOR).body("<DEXi>\n<ATTRIBUTE>\n</DEXi>").post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].code", equalTo("invalid-dexi"))
                .body("errors[0].message", containsString("line 3"))
                .body("detail", containsString("not well-formed XML"));
    }

    @Test
    void anInconsistentFileIsA400ProblemNamingTheAttribute() {
        String broken = DexTestModels.fixtureText("Car.dxi").replace("<LOW>000001230233</LOW>",
                "<LOW>00000123023</LOW>");
        as(CITY_COORDINATOR).body(broken).post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("invalid-dexi"))
                .body("errors[0].message", containsString("attribute \"CAR\" (line 30)"))
                .body("errors[0].message", containsString("LOW has 11 rules, expected 12"));
    }

    @Test
    void emptyAndOversizedBodiesAreRefused() {
        as(CITY_COORDINATOR).post(PATH).then().statusCode(400).body("errors[0].code", equalTo("required"));
        String huge = "<DEXi>" + "<!-- padding -->".repeat(DexResource.MAX_BYTES / 16 + 1) + "</DEXi>";
        as(CITY_COORDINATOR).body(huge).post(PATH).then().statusCode(400)
                .body("errors[0].code", equalTo("too-large"))
                .body("errors[0].message", containsString("2 MB"));
    }

    @Test
    void theEndpointNeedsASignedInMember() {
        given().contentType("application/xml").body(DexTestModels.fixtureText("Car.dxi")).post(PATH).then()
                .statusCode(401);
    }
}
