package org.cokit.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.QuestionnaireRegistry;
import org.junit.jupiter.api.Test;

/** The export's columns depend on the questionnaire only: never on which questions conditions hid. */
class AnswerColumnsTest {

    private static Questionnaire questionnaire(String id, String... folders) {
        return new QuestionnaireRegistry(folders).read().definitions().stream().filter(q -> q.id().equals(id))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void everyQuestionHasAnAnswerAndACommentColumnInQuestionnaireOrder() {
        AnswerColumns columns = AnswerColumns.of(questionnaire("sample", "src/test/resources/questionnaires/valid"));
        assertEquals(List.of("respondent", "submitted_at", "many-users", "many-users_comment", "users-count",
                "users-count_comment", "satisfaction", "satisfaction_comment", "main-channel",
                "main-channel_comment", "other-channels", "other-channels_comment", "phone-hours",
                "phone-hours_comment", "complaints", "complaints_comment"), columns.header());
    }

    @Test
    void submissionsWithDifferentHiddenQuestionsFillTheSameColumns() {
        AnswerColumns columns = AnswerColumns.of(questionnaire("sample", "src/test/resources/questionnaires/valid"));
        List<String> shown = columns.line("R1", Instant.parse("2026-01-02T03:04:05Z"),
                Map.of("many-users", "yes", "users-count", "1200", "main-channel", "online"), Map.of());
        List<String> hidden = columns.line("R2", null, Map.of("many-users", "no", "main-channel", "phone",
                "phone-hours", "8-16"), Map.of("many-users", "a rough guess"));
        assertEquals(columns.header().size(), shown.size());
        assertEquals(columns.header().size(), hidden.size());
        int count = columns.header().indexOf("users-count");
        assertEquals("1200", shown.get(count));
        assertEquals("", hidden.get(count), "a hidden question is an empty cell, not a missing column");
        assertEquals("", shown.get(columns.header().indexOf("phone-hours")));
        assertEquals("8-16", hidden.get(columns.header().indexOf("phone-hours")));
        assertEquals("a rough guess", hidden.get(columns.header().indexOf("many-users_comment")));
        assertEquals("2026-01-02T03:04:05Z", shown.get(1));
        assertEquals("", hidden.get(1));
    }

    @Test
    void anExtensionFileAddsColumnsAtTheEndAndLeavesTheOthersAlone() {
        List<String> shipped = AnswerColumns.of(questionnaire("coserve", "questionnaires")).header();
        List<String> extended = AnswerColumns.of(questionnaire("coserve", "questionnaires",
                "src/test/resources/questionnaires/extensions")).header();
        assertEquals(shipped, extended.subList(0, shipped.size()));
        assertEquals(List.of("eu-funding", "eu-funding_comment"), extended.subList(shipped.size(), extended.size()));
        assertTrue(shipped.size() > 20, "the 13 criteria and their comments: " + shipped);
    }
}
