package org.cokit.tools.conew;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as SVG path data, so pages draw it without a picture file and it prints sharp at any size: one unit
 * square per dark module, with the four-module quiet zone the standard asks for around it.
 *
 * @param size the side of the drawing in modules, quiet zone included
 * @param path the dark modules as SVG path data
 */
public record QrCodeSvg(int size, String path) {

    private static final int QUIET_ZONE = 4;

    public static QrCodeSvg of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new QrCodeSvg(qr.size + 2 * QUIET_ZONE, path.toString());
    }
}
