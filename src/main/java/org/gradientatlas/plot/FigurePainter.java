package org.gradientatlas.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.figure.XYPanel;

/** Paints a figure's panels in their grid (one row unless stacked) onto any Graphics2D (SVG, PNG), in points. */
public final class FigurePainter {
    private final XYPanelPainter charts;
    private final SurfacePainter surfaces;

    public FigurePainter(Theme theme) {
        this.charts = new XYPanelPainter(theme);
        this.surfaces = new SurfacePainter(theme);
    }

    public void paint(Figure figure, Graphics2D g) {
        // Fractional metrics: unhinted glyph advances, identical on every JDK and font rasterizer.
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double width = figure.canvas().widthPt();
        double height = figure.canvas().heightPt();
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        List<Panel> panels = figure.panels();
        double panelWidth = width / figure.columns();
        double panelHeight = height / figure.rows();
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D area = new Rectangle2D.Double(i % figure.columns() * panelWidth,
                    i / figure.columns() * panelHeight, panelWidth, panelHeight);
            if (panels.get(i) instanceof XYPanel xy) {
                charts.paint(xy, g, area);
            } else if (panels.get(i) instanceof SurfacePanel surface) {
                surfaces.paint(surface, g, area);
            }
        }
    }
}
