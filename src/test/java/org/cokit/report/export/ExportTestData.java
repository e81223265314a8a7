package org.cokit.report.export;

import static io.restassured.RestAssured.given;
import static org.cokit.TestData.PASSWORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cokit.TestData;
import org.cokit.engine.answers.Answer;

/** Fixtures of the export tests: answered sample assessments and a small RFC 4180 reader. */
@ApplicationScoped
public class ExportTestData {

    /** Sets the comment of a stored answer (no page writes comments yet). */
    @Transactional
    public void comment(long submissionId, String questionId, String comment) {
        Answer.update("comment = ?1 where submission.id = ?2 and questionId = ?3", comment, submissionId, questionId);
    }

    /** Saves and submits the respondent's answers in the assessment; returns the submission id. */
    public static long submitted(String email, long assessment, Map<String, Object> answers) {
        long submission = TestData.submissionOf(email, assessment);
        given().auth().preemptive().basic(email, PASSWORD).contentType("application/json")
                .body(Map.of("answers", answers)).put("/api/submissions/" + submission + "/answers").then()
                .statusCode(200);
        given().auth().preemptive().basic(email, PASSWORD).contentType("application/json")
                .post("/api/submissions/" + submission + "/submit").then().statusCode(200);
        return submission;
    }

    /** Lines of a CSV text (after its byte-order mark), each split into unquoted cells. */
    public static List<List<String>> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return lines;
    }
}
