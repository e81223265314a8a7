package org.cokit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cokit.engine.definition.LocalizedText;
import org.cokit.engine.definition.Option;
import org.cokit.engine.definition.Question;
import org.cokit.engine.definition.QuestionType;
import org.junit.jupiter.api.Test;

class AnswerFormTest {

    static Question question(String id, QuestionType type, boolean notApplicable, List<Option> options) {
        return new Question(id, type, LocalizedText.english(id), null, false, notApplicable, options,
                type == QuestionType.NUMBER ? BigDecimal.ZERO : null, null, null, null, null);
    }

    static final List<Option> CHANNELS = List.of(new Option("online", LocalizedText.english("Online")),
            new Option("phone", LocalizedText.english("Phone")));

    @Test
    void repeatedFieldsAreTheChoicesOfAMultiQuestion() {
        Question multi = question("channels", QuestionType.MULTI, true, CHANNELS);
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.addAll("q-channels", "phone", "online");
        AnswerForm.Posted posted = AnswerForm.read(List.of(multi), fields);
        assertEquals(List.of("phone", "online"), posted.answers().get("channels"));
        assertTrue(posted.form().has("q-channels", "online"));
        assertTrue(posted.errors().isEmpty());

        fields.add("q-channels", "n/a");
        assertEquals("not-applicable-combined", AnswerForm.read(List.of(multi), fields).errors().get(0).code());
    }

    @Test
    void aQuestionWithoutAFieldIsABlankAnswer() {
        Question single = question("main", QuestionType.SINGLE, false, CHANNELS);
        AnswerForm.Posted posted = AnswerForm.read(List.of(single), new MultivaluedHashMap<>());
        assertEquals("", posted.answers().get("main"));
        assertEquals(Map.of("main", ""), posted.answers());
    }

    @Test
    void notApplicableBesideAnInputIsItsOwnCheckbox() {
        Question number = question("count", QuestionType.NUMBER, true, List.of());
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.add("q-count", "");
        fields.add("q-count-na", "n/a");
        assertEquals("n/a", AnswerForm.read(List.of(number), fields).answers().get("count"));

        fields.putSingle("q-count", "12");
        AnswerForm.Posted both = AnswerForm.read(List.of(number), fields);
        assertEquals("q-count", both.errors().get(0).field());
        assertEquals("12", both.form().value("q-count"), "what was typed stays for the page");

        Form stored = AnswerForm.stored(List.of(number), Map.of("count", "n/a"));
        assertEquals("", stored.value("q-count"));
        assertTrue(stored.is("q-count-na", "n/a"));
    }

    @Test
    void aDecimalCommaReadsAsAPoint() {
        Question number = question("count", QuestionType.NUMBER, false, List.of());
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.add("q-count", "3,5");
        AnswerForm.Posted posted = AnswerForm.read(List.of(number), fields);
        assertEquals("3.5", posted.answers().get("count"));
        assertEquals("3,5", posted.form().value("q-count"));
        fields.putSingle("q-count", "1,000,000");
        assertEquals("1,000,000", AnswerForm.read(List.of(number), fields).answers().get("count"));
    }
}
