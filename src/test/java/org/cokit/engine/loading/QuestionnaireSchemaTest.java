package org.cokit.engine.loading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published schema is itself a valid draft 2020-12 schema, and the copy in the application is the same file. */
class QuestionnaireSchemaTest {

    private static final Path PUBLISHED = Path.of("questionnaires/schema/questionnaire.schema.json");

    @Test
    void thePublishedSchemaIsAValidDraft202012Schema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(PUBLISHED));
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertEquals(List.of(), meta.validate(schema));
        assertEquals(SpecificationVersion.DRAFT_2020_12.getDialectId(), schema.path("$schema").asText());
    }

    @Test
    void theApplicationValidatesWithThePublishedFile() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(QuestionnaireSchema.RESOURCE)) {
            assertEquals(Files.readString(PUBLISHED), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
