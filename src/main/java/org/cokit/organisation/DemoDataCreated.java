package org.cokit.organisation;

import java.util.List;

/**
 * Fired once, inside the transaction that created the demo organisations, so each tool can add its own demo
 * assessments without this package knowing the tools.
 */
public record DemoDataCreated(List<Organisation> organisations) {
}
