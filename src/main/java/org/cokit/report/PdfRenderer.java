package org.cokit.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns a rendered HTML page into a PDF with the same content. The pages are HTML5, which the renderer (an XHTML
 * engine) cannot read directly, so jsoup parses them into a W3C DOM first. DejaVu Sans is embedded because the
 * PDF standard fonts lack letters of Slovenian and Croatian (č, ć, đ).
 */
@ApplicationScoped
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final byte[] regular;
    private final byte[] bold;

    public PdfRenderer() {
        regular = read("fonts/DejaVuSans.ttf");
        bold = read("fonts/DejaVuSans-Bold.ttf");
    }

    /** The PDF of {@code html}; relative links and images resolve against {@code baseUri}. */
    public byte[] render(String html, String baseUri) {
        org.w3c.dom.Document document = W3CDom.convert(Jsoup.parse(html, baseUri));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(document, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render a PDF", e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
