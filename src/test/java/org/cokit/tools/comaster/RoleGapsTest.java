package org.cokit.tools.comaster;

import static org.cokit.engine.QuestionnaireFixtures.LOADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.loading.SourceFile;
import org.junit.jupiter.api.Test;

/** The role gap arithmetic: pooled means per role and dimension on the answer scale, "don't know" left out. */
class RoleGapsTest {

    private static final Questionnaire QUESTIONNAIRE = LOADER.load(new SourceFile("questionnaires/gaps.yaml", """
            # Test data made by a test.
            id: gaps
            version: 1
            title: {en: Gaps}
            participant-roles:
              - {id: staff, label: {en: Staff}}
              - {id: user, label: {en: User}}
              - {id: partner, label: {en: Partner}}
            sections:
              - id: first
                title: {en: First}
                questions:
                  - {id: a, type: scale, points: 5, allow-not-applicable: true, text: {en: A}}
                  - {id: b, type: scale, points: 5, roles: [user], text: {en: B}}
              - id: second
                title: {en: Second}
                questions:
                  - {id: c, type: scale, points: 5, allow-not-applicable: true, text: {en: C}}
              - id: notes
                title: {en: Notes}
                questions:
                  - {id: d, type: text, text: {en: D}}
            """)).questionnaire();

    @Test
    void meansPerRoleAndTheLargestDifference() {
        // first: staff a = 4, 5 -> 4.5; users a = 2, 2 and b = 1, n/a... -> (2 + 2 + 1) / 3 = 1.67; partner a = 3
        // -> difference 4.5 - 1.67 = 2.83, flagged. second: staff 3, users 4, 4 (one n/a), no partner -> 1, not
        // flagged (more than one point is needed). Text questions have no gap.
        List<RoleGaps.Gap> gaps = RoleGaps.of(QUESTIONNAIRE, Map.of(
                "staff", Map.of("a", Map.of("4", 1, "5", 1), "c", Map.of("3", 2)),
                "user", Map.of("a", Map.of("2", 2), "b", Map.of("1", 1), "c", Map.of("4", 2, "n/a", 1)),
                "partner", Map.of("a", Map.of("3", 1, "n/a", 1), "c", Map.of("n/a", 1))));
        assertEquals(2, gaps.size(), "the text-only section has no gap");
        RoleGaps.Gap first = gaps.get(0);
        assertEquals("first", first.dimension());
        assertEquals(List.of("staff", "user", "partner"), List.copyOf(first.means().keySet()));
        assertEquals(4.5, first.means().get("staff"), 1e-9);
        assertEquals(5.0 / 3, first.means().get("user"), 1e-9);
        assertEquals(3.0, first.means().get("partner"), 1e-9);
        assertEquals(4.5 - 5.0 / 3, first.difference(), 1e-9);
        assertTrue(first.flagged());
        RoleGaps.Gap second = gaps.get(1);
        assertEquals(3.0, second.means().get("staff"), 1e-9);
        assertEquals(4.0, second.means().get("user"), 1e-9);
        assertNull(second.means().get("partner"), "only 'don't know' is no answer");
        assertEquals(1.0, second.difference(), 1e-9);
        assertFalse(second.flagged());
    }

    @Test
    void oneRoleAloneHasNoDifference() {
        List<RoleGaps.Gap> gaps = RoleGaps.of(QUESTIONNAIRE, Map.of("staff", Map.of("a", Map.of("1", 3))));
        assertEquals(1.0, gaps.get(0).means().get("staff"), 1e-9);
        assertNull(gaps.get(0).difference());
        assertFalse(gaps.get(0).flagged());
        assertNull(gaps.get(1).difference());
    }
}
