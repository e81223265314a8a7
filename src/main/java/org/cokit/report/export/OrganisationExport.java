package org.cokit.report.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cokit.audit.AuditAction;
import org.cokit.audit.AuditLog;
import org.cokit.organisation.OrganisationExportPart;
import org.cokit.organisation.OrganisationScope;

/**
 * Everything an organisation owns as one JSON document, streamed: {@code {"format":..., "organisation": ...,
 * "<part>": ...}} with one key per {@link OrganisationExportPart}, so each feature (and each future tool) adds its
 * own tables without this class knowing them. For the organisation's coordinators and the admin.
 */
@ApplicationScoped
public class OrganisationExport {

    public static final String FORMAT = "cokit-organisation-export";
    public static final int VERSION = 1;

    /** An authorised export: the organisation and the file name to offer. */
    public record Prepared(long organisationId, String fileName) {
    }

    private final Instance<OrganisationExportPart> parts;
    private final OrganisationScope scope;
    private final AuditLog audit;
    private final ObjectMapper mapper;
    private final Clock clock;

    public OrganisationExport(Instance<OrganisationExportPart> parts, OrganisationScope scope, AuditLog audit,
            ObjectMapper mapper, Clock clock) {
        this.parts = parts;
        this.scope = scope;
        this.audit = audit;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The parts in the order they are written: the organisation's record first, then by name. */
    public List<OrganisationExportPart> parts() {
        return parts.stream().sorted(Comparator.comparing((OrganisationExportPart p) -> !"organisation".equals(p.name()))
                .thenComparing(OrganisationExportPart::name)).toList();
    }

    /** Checks access and records the export; empty when the caller may not access the organisation. */
    @Transactional
    public Optional<Prepared> prepare(long organisationId) {
        return scope.organisation(organisationId).map(organisation -> {
            audit.record(organisation.id, organisation.name, AuditAction.DATA_EXPORTED, AuditAction.ORGANISATION,
                    organisation.id, organisation.name, "format=json, parts="
                            + String.join(",", parts().stream().map(OrganisationExportPart::name).toList()));
            return new Prepared(organisation.id, "cokit-organisation-" + organisation.id + ".json");
        });
    }

    /** Writes the prepared export to {@code out}, part by part, in one read-only transaction. */
    @Transactional
    public void write(Prepared export, OutputStream out) {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("exportedAt", clock.instant().toString());
            for (OrganisationExportPart part : parts()) {
                json.writeFieldName(part.name());
                part.write(export.organisationId(), json);
                json.flush();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
