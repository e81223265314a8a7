package org.cokit.engine.loading;

import static org.cokit.engine.QuestionnaireFixtures.LOADER;
import static org.cokit.engine.QuestionnaireFixtures.problems;
import static org.cokit.engine.QuestionnaireFixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.List;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.Questionnaire;
import org.cokit.engine.definition.Section;
import org.cokit.engine.flow.QuestionnaireFlow;
import org.junit.jupiter.api.Test;

/** Participant roles: declared once, named by sections and questions, and what each role is asked. */
class ParticipantRolesTest {

    private static final String ROLES = """
            # Test data made by a test.
            id: roles
            version: 1
            title: {en: Roles}
            participant-roles:
              - {id: staff, label: {en: Staff, sl: Zaposleni}}
              - {id: user, label: {en: User}}
            sections:
              - id: shared
                title: {en: Shared}
                questions:
                  - {id: everyone, type: yes-no, text: {en: Everyone}, required: true}
                  - {id: staff-only, type: yes-no, text: {en: Staff only}, roles: [staff], required: true}
              - id: users
                title: {en: Users}
                roles: [user]
                questions:
                  - {id: user-only, type: yes-no, text: {en: User only}, required: true}
            """;

    @Test
    void eachRoleSeesItsSectionsAndQuestions() {
        Questionnaire q = LOADER.load(yaml("roles.yaml", ROLES)).questionnaire();
        assertEquals(List.of("staff", "user"), q.participantRoles().stream().map(r -> r.id()).toList());
        assertEquals("Zaposleni", q.participantRole("staff").orElseThrow().label().in(org.cokit.i18n.Language.SL));
        assertEquals(List.of("everyone", "staff-only"), ids(q.forRole("staff")));
        assertEquals(List.of("everyone", "user-only"), ids(q.forRole("user")));
        assertEquals(List.of("shared", "users"), q.forRole("user").sections().stream().map(Section::id).toList());
        assertEquals(List.of("everyone"), ids(q.forRole(null)), "without a role only what every role is asked");
        assertEquals(List.of("everyone", "staff-only", "user-only"), ids(q), "the whole questionnaire is unchanged");
        // a user's submission is complete without the staff question
        QuestionnaireFlow flow = QuestionnaireFlow.of(q.forRole("user"), Map.of("everyone", "yes", "user-only", "no"));
        assertTrue(flow.isComplete());
        assertFalse(flow.isVisible("staff-only"));
    }

    @Test
    void anUnknownRoleNamesFileAndLine() {
        String bad = ROLES.replace("roles: [staff], required", "roles: [staf], required")
                .replace("roles: [user]\n", "roles: [users]\n");
        assertEquals(List.of(
                "questionnaires/roles.yaml:13: unknown participant role 'staf'; declared: [staff, user]",
                "questionnaires/roles.yaml:16: unknown participant role 'users'; declared: [staff, user]"),
                problems(yaml("roles.yaml", bad)).stream().map(Object::toString).sorted().toList());
    }

    @Test
    void rolesNeedADeclaration() {
        String undeclared = ROLES.replaceAll("(?s)participant-roles:.*?sections:", "sections:");
        assertEquals(List.of("questionnaires/roles.yaml:10: unknown participant role 'staff'; declare it under"
                + " participant-roles", "questionnaires/roles.yaml:13: unknown participant role 'user'; declare it"
                + " under participant-roles"),
                problems(yaml("roles.yaml", undeclared)).stream().map(Object::toString).sorted().toList());
    }

    @Test
    void theSchemaRefusesARoleWithoutALabelAndDuplicateRoles() {
        String noLabel = ROLES.replace("- {id: user, label: {en: User}}", "- {id: user}");
        assertTrue(problems(yaml("roles.yaml", noLabel)).stream().anyMatch(p -> p.line() == 7),
                problems(yaml("roles.yaml", noLabel)).toString());
        String twice = ROLES.replace("- {id: user, label: {en: User}}", "- {id: staff, label: {en: User}}");
        assertTrue(problems(yaml("roles.yaml", twice)).stream().anyMatch(p -> p.message().contains("staff")),
                problems(yaml("roles.yaml", twice)).toString());
    }

    private static List<String> ids(Questionnaire q) {
        return q.questions().stream().map(Question::id).toList();
    }
}
