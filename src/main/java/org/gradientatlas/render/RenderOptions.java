package org.gradientatlas.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How figures are written: which picture formats (JSON is always written). */
public record RenderOptions(Set<OutputFormat> formats) {
    public RenderOptions {
        formats = formats.isEmpty() ? EnumSet.of(OutputFormat.SVG) : EnumSet.copyOf(formats);
    }

    public static RenderOptions of(List<OutputFormat> formats) {
        return new RenderOptions(formats.isEmpty() ? EnumSet.of(OutputFormat.SVG) : EnumSet.copyOf(formats));
    }

    /** SVG only, as the golden figures are. */
    public static RenderOptions defaults() {
        return new RenderOptions(EnumSet.of(OutputFormat.SVG));
    }
}
