package org.gradientatlas.render;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gradientatlas.figure.SizePreset;

/** How figures are written: which picture formats (JSON is always written) and for which size. */
public record RenderOptions(Set<OutputFormat> formats, SizePreset size) {
    public RenderOptions {
        formats = formats.isEmpty() ? EnumSet.of(OutputFormat.SVG) : EnumSet.copyOf(formats);
    }

    public static RenderOptions of(List<OutputFormat> formats, SizePreset size) {
        return new RenderOptions(formats.isEmpty() ? EnumSet.of(OutputFormat.SVG) : EnumSet.copyOf(formats), size);
    }

    /** SVG only at the recipe's own size, as the golden figures are. */
    public static RenderOptions defaults() {
        return new RenderOptions(EnumSet.of(OutputFormat.SVG), SizePreset.DEFAULT);
    }
}
