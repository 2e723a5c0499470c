package org.gradientatlas.scene;

import java.util.List;

/**
 * A matplotlib colormap's 256-entry lookup table without AWT or resources, looked up as {@code Colormap.__call__}
 * looks up a float (as plot.Colormap does): index {@code int(t * N)}, below 0 the first entry, from 1 on the
 * last, NaN no entry (matplotlib's transparent "bad" colour).
 */
public final class ColormapTable {
    /** The maps, spelled as matplotlib spells them, in plot.Colormap's order. */
    public static final List<String> NAMES = List.of("viridis", "plasma", "inferno", "magma", "cividis",
            "terrain", "coolwarm", "RdBu_r", "jet", "gray");
    /** The index of NaN: no entry, drawn transparent. */
    public static final int BAD = -1;
    public static final int SIZE = 256;

    private final String name;
    private final String hex;

    private ColormapTable(String name, String hex) {
        this.name = name;
        this.hex = hex;
    }

    /** One of {@link #NAMES}. */
    public static ColormapTable named(String name) {
        String hex = PerceptualColormaps.hex(name);
        if (hex == null) {
            hex = ClassicColormaps.hex(name);
        }
        if (hex == null) {
            throw new IllegalArgumentException("no colormap '" + name + "'; available are " + NAMES);
        }
        return new ColormapTable(name, hex);
    }

    public String name() {
        return name;
    }

    /** The 256 entries as one string of six lower-case hex digits (rrggbb) each. */
    public String hex() {
        return hex;
    }

    /** Entry {@code index} as 0xRRGGBB. */
    public int rgb(int index) {
        return Integer.parseInt(hex.substring(6 * index, 6 * index + 6), 16);
    }

    /** Entry {@code index} as CSS {@code #rrggbb}. */
    public String css(int index) {
        return "#" + hex.substring(6 * index, 6 * index + 6);
    }

    /** The entry of t in [0, 1]: below 0 the first, from 1 on the last, NaN {@link #BAD}. */
    public int index(double t) {
        if (Double.isNaN(t)) {
            return BAD;
        }
        double scaled = t * SIZE;
        return scaled < 0 ? 0 : scaled >= SIZE ? SIZE - 1 : (int) scaled;
    }
}
