package org.gradientatlas.review;

import java.util.Locale;

/**
 * One changed, added or removed figure in the summaries: its picture's RMS difference and share of changed
 * pixels (null unless both sides have a picture), its largest metric change (null when none changed) and a
 * link to its section of the review page.
 */
public record SummaryRow(String id, FigureChange.Kind kind, Double rms, Double changedPixelShare,
                         MetricChange largestMetric, String link) {

    static SummaryRow of(FigureChange change, String pageLink) {
        ImageComparison image = change.image();
        return new SummaryRow(change.id(), change.kind(), image == null ? null : image.rms(),
                image == null ? null : image.changedShare(),
                MetricChange.largest(change.data()).orElse(null),
                pageLink + "#" + fragment(ReviewPage.anchor(change.id())));
    }

    /** A URL fragment for the anchor: unreserved characters as they are, every other UTF-8 byte %-encoded. */
    static String fragment(String anchor) {
        StringBuilder out = new StringBuilder();
        for (byte b : anchor.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
            out.append(plain ? String.valueOf(c) : String.format(Locale.ROOT, "%%%02X", b & 0xff));
        }
        return out.toString();
    }

    public String status() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
