package org.cokit.scoring.loading;

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

/** The published rule-set schema is itself a valid draft 2020-12 schema, and the application uses that file. */
class RuleSetSchemaTest {

    private static final Path PUBLISHED = Path.of("scoring-rules/schema/rule-set.schema.json");

    @Test
    void thePublishedSchemaIsAValidDraft202012Schema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(PUBLISHED));
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertEquals(List.of(), meta.validate(schema));
    }

    @Test
    void theApplicationValidatesWithThePublishedFile() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RuleSetSchema.RESOURCE)) {
            assertEquals(Files.readString(PUBLISHED), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
