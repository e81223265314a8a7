package org.cokit.organisation;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A part of CoKit that contributes what it keeps about an organisation to the organisation's data export
 * ({@code GET /api/organisations/{id}/export}), so the exporter needs to know none of them; a new tool adds its
 * tables by adding a part. Parts are called in a read-only transaction after the caller's access was checked.
 */
public interface OrganisationExportPart {

    /** The part's key in the export, stable once published, e.g. {@code assessments}. */
    String name();

    /**
     * Writes exactly one JSON value (usually an array of objects) with everything this part keeps for the
     * organisation, row by row; nothing of another organisation, no password hashes or token hashes.
     */
    void write(long organisationId, JsonGenerator out) throws IOException;
}
