package org.gradientatlas.review;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The committed files of one figure on one side of a comparison; either file may be missing (null). */
public record FigureFiles(String id, byte[] svg, byte[] json) {

    public String svgText() {
        return svg == null ? null : new String(svg, StandardCharsets.UTF_8);
    }

    /** True when both sides have byte-identical SVG and JSON (cheap: no parsing, no rasterizing). */
    public boolean sameBytes(FigureFiles other) {
        return Arrays.equals(svg, other.svg) && Arrays.equals(json, other.json);
    }
}
