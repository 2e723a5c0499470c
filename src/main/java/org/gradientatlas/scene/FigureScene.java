package org.gradientatlas.scene;

import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.figure.XYPanel;

/**
 * A computed figure as a backend-neutral scene: JSON text holding everything a browser needs to draw the figure as
 * the JVM backend (plot/) does, without AWT, JFreeChart or resources, so that it compiles for the browser too.
 * The layout that depends on measured text (where ticks, labels, legend and colorbar go) is the renderer's; every
 * number that the JVM computes with shared code (tick values and labels, contour bands, colours, surface blocks)
 * is computed here with the same code. docs/browser-drawing.md describes the format.
 */
public final class FigureScene {
    /** The format's version: a renderer refuses scenes of another. */
    public static final int VERSION = 1;

    private FigureScene() {
    }

    /** The figure's scene as compact JSON, deterministic: the same figure always gives the same text. */
    public static String json(Figure figure) {
        JsonBuilder json = new JsonBuilder();
        SceneParts parts = new SceneParts(figure.data());
        json.beginObject().key("format").value("gradient-atlas-scene").key("version").value(VERSION)
                .key("id").value(figure.id()).key("title").value(figure.data().title())
                .key("width").value(figure.canvas().widthPt()).key("height").value(figure.canvas().heightPt())
                .key("columns").value(figure.columns()).key("theme");
        SceneTheme.write(json);
        json.key("panels").beginArray();
        for (Panel panel : figure.panels()) {
            if (panel instanceof XYPanel xy) {
                XYPanelScene.write(json, xy, parts);
            } else if (panel instanceof SurfacePanel surface) {
                SurfaceScene.write(json, surface, parts);
            }
        }
        json.endArray();
        parts.write(json);
        return json.endObject().text();
    }
}
