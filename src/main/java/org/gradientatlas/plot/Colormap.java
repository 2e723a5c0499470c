package org.gradientatlas.plot;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A matplotlib colormap as the 8-bit lookup table {@code cmap(i, bytes=True)} gives (written by
 * tools/reference/colormaps.py into /colormaps/NAME.csv), looked up the way {@code Colormap.__call__} looks
 * up a float: index {@code int(t * N)}, t = 1 mapping to the last entry, t below 0 to the "under" colour (the
 * first entry), above 1 to the "over" colour (the last entry), and NaN to the transparent "bad" colour.
 */
public final class Colormap {
    /** Names of the tables shipped as resources. */
    public static final List<String> NAMES = List.of("viridis", "plasma", "inferno", "magma", "cividis",
            "terrain", "coolwarm", "RdBu_r", "jet", "gray");
    public static final Colormap VIRIDIS = named("viridis");
    public static final Colormap TERRAIN = named("terrain");
    public static final Colormap COOLWARM = named("coolwarm");
    public static final Colormap RD_BU_R = named("RdBu_r");

    /** matplotlib's default bad colour, (0, 0, 0, 0). */
    private static final int TRANSPARENT = 0;

    private final String name;
    private final int[] rgb;

    private Colormap(String name, int[] rgb) {
        this.name = name;
        this.rgb = rgb;
    }

    /** Loads one of {@link #NAMES}, spelled as matplotlib spells it. */
    public static Colormap named(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no colormap '" + name + "'; available are " + NAMES);
        }
        return new Colormap(name, readTable("/colormaps/" + name + ".csv"));
    }

    public String name() {
        return name;
    }

    /** Number of lookup entries (matplotlib's N; 256 for every shipped map). */
    public int size() {
        return rgb.length;
    }

    /** Lookup entry {@code index} as opaque 0xAARRGGBB. */
    public int entry(int index) {
        return 0xff000000 | rgb[index];
    }

    /** The colour of t in [0, 1] as 0xAARRGGBB, with matplotlib's under/over/bad handling outside it. */
    public int argb(double t) {
        if (Double.isNaN(t)) {
            return TRANSPARENT;
        }
        double scaled = t * rgb.length;
        if (scaled < 0) {
            return entry(0);
        }
        if (scaled >= rgb.length) {
            return entry(rgb.length - 1); // t == 1 is the last entry; beyond it the "over" colour, also the last
        }
        return entry((int) scaled);
    }

    /** {@link #argb(double)} as an AWT colour. */
    public Color color(double t) {
        return new Color(argb(t), true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Colormap that && name.equals(that.name) && Arrays.equals(rgb, that.rgb);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "Colormap[" + name + ", " + rgb.length + " entries]";
    }

    private static int[] readTable(String resource) {
        InputStream in = Colormap.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing colormap resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int[] rows = reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .mapToInt(line -> packRgb(resource, line))
                    .toArray();
            if (rows.length < 2) {
                throw new IllegalStateException(resource + " has " + rows.length + " entries");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int packRgb(String resource, String line) {
        String[] cells = line.split(",");
        if (cells.length != 3) {
            throw new IllegalStateException(resource + ": expected r,g,b but got '" + line + "'");
        }
        int packed = 0;
        for (String cell : cells) {
            int channel = Integer.parseInt(cell.trim());
            if (channel < 0 || channel > 255) {
                throw new IllegalStateException(resource + ": channel out of 0-255 in '" + line + "'");
            }
            packed = packed << 8 | channel;
        }
        return packed;
    }
}
