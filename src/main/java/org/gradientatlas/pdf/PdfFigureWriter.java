package org.gradientatlas.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.ScaledFigure;
import org.gradientatlas.plot.FigurePainter;

/**
 * Writes a figure as a one-page vector PDF with OpenPDF's Graphics2D, for LaTeX's {@code \includegraphics}: the page
 * is the figure's size in points, text is filled glyph outlines (no fonts embedded), and the file is the same on
 * every run and in every locale: no creation date, a document id that is a hash of the content instead of the clock,
 * and a cross-reference table in ASCII digits (see {@link CrossReferenceTable}).
 */
public final class PdfFigureWriter {
    private static final byte[] ID_KEY = "/ID [<".getBytes(StandardCharsets.US_ASCII);
    private static final int ID_HEX_DIGITS = 32;

    private final FigurePainter painter;

    public PdfFigureWriter(FigurePainter painter) {
        this.painter = painter;
    }

    /** The figure drawn at its own size. */
    public byte[] write(Figure figure) {
        return write(new ScaledFigure(figure, figure.canvas()));
    }

    /** The figure laid out on its canvas, on a page of {@code scaled.display()}'s size. */
    public byte[] write(ScaledFigure scaled) {
        Figure figure = scaled.figure();
        float width = (float) scaled.display().widthPt();
        float height = (float) scaled.display().heightPt();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_4);
        document.open();
        PdfContentByte content = writer.getDirectContent();
        // onlyShapes: text becomes filled outlines, as in the SVG; images stay lossless (no JPEG).
        PdfGraphics2D g = new PdfGraphics2D(content, width, height, null, true, false, 1f);
        g.scale(scaled.scaleX(), scaled.scaleY());
        painter.paint(figure, g);
        g.dispose();
        writer.getInfo().remove(PdfName.CREATIONDATE);
        writer.getInfo().remove(PdfName.MODDATE);
        document.close();
        // OpenPDF writes the table's digits in the default locale's; this makes the file the same in every locale.
        return withContentId(CrossReferenceTable.inAsciiDigits(out.toByteArray()));
    }

    /** Replaces the clock-based /ID (two 32-digit hex strings in the trailer) by a hash of everything before it. */
    static byte[] withContentId(byte[] pdf) {
        int at = lastIndexOf(pdf, ID_KEY);
        if (at < 0) {
            throw new IllegalStateException("OpenPDF wrote no document id");
        }
        int first = at + ID_KEY.length;
        byte[] hex = HexFormat.of().formatHex(md5(Arrays.copyOf(pdf, at))).getBytes(StandardCharsets.US_ASCII);
        byte[] fixed = pdf.clone();
        System.arraycopy(hex, 0, fixed, first, ID_HEX_DIGITS);
        System.arraycopy(hex, 0, fixed, first + ID_HEX_DIGITS + 2, ID_HEX_DIGITS);
        return fixed;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
