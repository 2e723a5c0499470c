package org.gradientatlas.figure;

/** One panel of a figure: 2-D axes or a 3-D surface view. */
public sealed interface Panel permits XYPanel, SurfacePanel {
    String title();
}
