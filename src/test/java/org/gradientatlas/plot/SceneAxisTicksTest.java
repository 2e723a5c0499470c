package org.gradientatlas.plot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.gradientatlas.scene.FigureScene;
import org.gradientatlas.ticks.AutoTicks;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/**
 * The browser picks an automatic axis's ticks from the scene by the axis's drawn length; for every such axis of the
 * default figures (colorbars included) and lengths from 40 to 400 pt, its pick has the ticks and labels the JVM's
 * axis draws at that length.
 */
class SceneAxisTicksTest {
    @Test
    void theScenesTickSetForAnAxisLengthIsTheJvmAxisTicks() throws Exception {
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            JsonNode scene = new ObjectMapper().readTree(FigureScene.json(recipe.computeDefault()));
            for (JsonNode panel : scene.get("panels")) {
                for (JsonNode axis : axes(panel)) {
                    for (int length = 40; length <= 400; length += 15) {
                        for (boolean horizontal : new boolean[] {true, false}) {
                            String browser = browserTicks(axis, length, horizontal);
                            String jvm = jvmTicks(axis.get("min").asDouble(), axis.get("max").asDouble(), length,
                                    horizontal);
                            compared++;
                            if (!browser.equals(jvm)) {
                                wrong.add(recipe.id() + " " + axis.get("label") + " " + length + ": " + browser
                                        + " vs " + jvm);
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    private static List<JsonNode> axes(JsonNode panel) {
        List<JsonNode> axes = new ArrayList<>();
        if (panel.get("type").asText().equals("xy")) {
            axes.add(panel.get("x"));
            axes.add(panel.get("y"));
            if (!panel.get("colorbar").isNull()) {
                axes.add(panel.get("colorbar").get("axis"));
            }
        }
        return axes.stream().filter(a -> a.get("ticks").get("kind").asText().equals("auto")).toList();
    }

    /** The pick atlas-figure.js makes (Ticks.choose), as "value label; ...". */
    private static String browserTicks(JsonNode axis, double length, boolean horizontal) {
        int bins = AutoTicks.bins(length, 10, horizontal);
        JsonNode set = axis.get("ticks").get("sets").get(axis.get("ticks").get("byBins").get(bins - 1).asInt());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < set.get("at").size(); i++) {
            text.append(round(set.get("at").get(i).asDouble())).append(' ').append(set.get("labels").get(i).asText())
                    .append("; ");
        }
        return text.toString();
    }

    private static String jvmTicks(double lo, double hi, double length, boolean horizontal) {
        AutoTickAxis axis = new AutoTickAxis("");
        axis.setTickLabelFont(FontLibrary.sans(10f));
        axis.setRange(lo, hi);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        Rectangle2D area = horizontal ? new Rectangle2D.Double(0, 0, length, 100)
                : new Rectangle2D.Double(0, 0, 100, length);
        List<?> ticks = axis.refreshTicks(g, new AxisState(), area,
                horizontal ? RectangleEdge.BOTTOM : RectangleEdge.LEFT);
        g.dispose();
        StringBuilder text = new StringBuilder();
        for (Object tick : ticks) {
            NumberTick t = (NumberTick) tick;
            text.append(round(t.getValue())).append(' ').append(t.getText()).append("; ");
        }
        return text.toString();
    }

    /** Tick values to 9 significant digits: JFreeChart adds k * step, the scene multiplies (a few ulps apart). */
    private static String round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(9)).stripTrailingZeros().toPlainString();
    }
}
