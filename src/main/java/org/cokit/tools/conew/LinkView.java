package org.cokit.tools.conew;

import java.time.Instant;

/**
 * A public link; {@code url} only in the answer that created it (the token is not stored, only its hash), and
 * {@code qrSvgPath} the QR code of that URL as SVG path data on a {@code qrSize} grid.
 */
public record LinkView(long id, String label, String channel, Instant closesAt, Instant revokedAt, boolean open,
        String url) {

    static LinkView of(JourneyLink link, String url, Instant now) {
        return new LinkView(link.id, link.label, link.channel, link.closesAt, link.revokedAt, link.isOpen(now), url);
    }
}
