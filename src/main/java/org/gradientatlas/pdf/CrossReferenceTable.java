package org.gradientatlas.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The cross-reference table of a PDF that OpenPDF wrote, in ASCII digits whatever the default locale. OpenPDF 2.0.3
 * formats each entry with {@code String.format("%010d %05d %c \n", ...)} in the default locale
 * ({@code PdfWriter.PdfBody.PdfCrossReference.toPdf}) and keeps the low byte of each char, so under ar_SA, fa_IR or
 * th_TH_TH the offsets are written in the locale's digits and no reader finds the objects. Each digit is then the
 * locale's zero digit plus its value, so the table is decoded against object 0's all-zero offset, every entry is
 * checked to point at its own object, and the entries are written again as PDF 32000-1, 7.5.4 has them.
 */
final class CrossReferenceTable {
    private static final int ENTRY_BYTES = 20;
    private static final byte[] STARTXREF = ascii("startxref\n");

    private CrossReferenceTable() {
    }

    /** {@code pdf} with its last cross-reference table in ASCII digits; the same bytes when it already is. */
    static byte[] inAsciiDigits(byte[] pdf) {
        int table = tableOffset(pdf);
        expect(pdf, table, "xref\n", "no cross-reference table at startxref " + table);
        byte[] fixed = pdf.clone();
        int at = table + "xref\n".length();
        int zero = -1;
        while (!startsWith(pdf, at, "trailer")) {
            int end = indexOf(pdf, (byte) '\n', at);
            String[] header = text(pdf, at, end).split(" ");
            int first = Integer.parseInt(header[0]);
            int count = Integer.parseInt(header[1]);
            at = end + 1;
            if (zero < 0) {
                zero = zeroDigitOf(pdf, at, first);
            }
            for (int k = 0; k < count; k++, at += ENTRY_BYTES) {
                byte[] entry = entry(pdf, at, first + k, zero);
                System.arraycopy(entry, 0, fixed, at, ENTRY_BYTES);
            }
        }
        return fixed;
    }

    /** Object 0 is free with offset 0: its first byte is the zero digit that the table was written with. */
    private static int zeroDigitOf(byte[] pdf, int at, int firstObject) {
        if (firstObject != 0 || at + ENTRY_BYTES > pdf.length || pdf[at + 17] != 'f') {
            throw unreadable("the table does not start with the free object 0");
        }
        return pdf[at] & 0xff;
    }

    /** One entry, checked to point at object {@code number}, in ASCII digits. */
    private static byte[] entry(byte[] pdf, int at, int number, int zero) {
        if (at + ENTRY_BYTES > pdf.length || pdf[at + 10] != ' ' || pdf[at + 16] != ' ' || pdf[at + 18] != ' '
                || pdf[at + 19] != '\n' || (pdf[at + 17] != 'n' && pdf[at + 17] != 'f')) {
            throw unreadable("entry " + number + " is not 20 bytes as 'nnnnnnnnnn ggggg n \\n'");
        }
        long offset = digits(pdf, at, 10, zero);
        long generation = digits(pdf, at + 11, 5, zero);
        char type = (char) pdf[at + 17];
        if (type == 'n') {
            expect(pdf, offset, number + " " + generation + " obj", "entry " + number + " points at offset " + offset
                    + ", where object " + number + " is not");
        }
        return ascii(String.format(Locale.ROOT, "%010d %05d %c \n", offset, generation, type));
    }

    private static long digits(byte[] pdf, int at, int count, int zero) {
        long value = 0;
        for (int i = at; i < at + count; i++) {
            int digit = ((pdf[i] & 0xff) - zero) & 0xff;
            if (digit > 9) {
                throw unreadable("byte " + (pdf[i] & 0xff) + " at " + i + " is not a digit counted from " + zero);
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** The number after the last {@code startxref}: OpenPDF writes it with String.valueOf, in ASCII. */
    private static int tableOffset(byte[] pdf) {
        for (int i = pdf.length - STARTXREF.length; i >= 0; i--) {
            if (Arrays.equals(pdf, i, i + STARTXREF.length, STARTXREF, 0, STARTXREF.length)) {
                int from = i + STARTXREF.length;
                return Integer.parseInt(text(pdf, from, indexOf(pdf, (byte) '\n', from)));
            }
        }
        throw unreadable("no startxref");
    }

    private static void expect(byte[] pdf, long at, String text, String otherwise) {
        if (at < 0 || at > pdf.length || !startsWith(pdf, (int) at, text)) {
            throw unreadable(otherwise);
        }
    }

    private static boolean startsWith(byte[] pdf, int at, String text) {
        byte[] bytes = ascii(text);
        return at + bytes.length <= pdf.length && Arrays.equals(pdf, at, at + bytes.length, bytes, 0, bytes.length);
    }

    private static int indexOf(byte[] pdf, byte b, int from) {
        for (int i = from; i < pdf.length; i++) {
            if (pdf[i] == b) {
                return i;
            }
        }
        throw unreadable("a line at " + from + " does not end");
    }

    private static String text(byte[] pdf, int from, int to) {
        return new String(pdf, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static IllegalStateException unreadable(String why) {
        return new IllegalStateException("OpenPDF wrote a cross-reference table that cannot be read: " + why);
    }
}
