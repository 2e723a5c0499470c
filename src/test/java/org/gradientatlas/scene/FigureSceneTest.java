package org.gradientatlas.scene;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.Panel;
import org.gradientatlas.figure.SurfacePanel;
import org.gradientatlas.figure.XYPanel;
import org.gradientatlas.geometry.MarchingSquares;
import org.gradientatlas.plot.Colormap;
import org.gradientatlas.plot.FilledContourAnnotation;
import org.gradientatlas.recipe.Recipe;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;

/** The scene of every default figure: deterministic, well-formed, and true to the figure it draws. */
class FigureSceneTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDefaultFigureGivesTheSameSceneEveryTimeWithOneEntryPerPanel() throws Exception {
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            Figure figure = recipe.computeDefault();
            String text = FigureScene.json(figure);
            assertThat(FigureScene.json(recipe.computeDefault())).as(recipe.id()).isEqualTo(text);
            JsonNode scene = JSON.readTree(text);
            assertThat(scene.get("format").asText()).isEqualTo("gradient-atlas-scene");
            assertThat(scene.get("version").asInt()).isEqualTo(FigureScene.VERSION);
            assertThat(scene.get("id").asText()).isEqualTo(recipe.id());
            List<String> types = new ArrayList<>();
            scene.get("panels").forEach(p -> types.add(p.get("type").asText()));
            assertThat(types).as(recipe.id()).isEqualTo(figure.panels().stream()
                    .map(p -> p instanceof SurfacePanel ? "surface" : "xy").toList());
            scene.get("panels").forEach(p -> {
                if (p.has("colormap")) {
                    assertThat(scene.get("colormaps").has(p.get("colormap").asText())).isTrue();
                }
            });
        }
    }

    @Test
    void everyPathPointsTipAtADataRowHoldingItsCoordinates() throws Exception {
        int tipped = 0;
        for (Recipe<?> recipe : RecipeRegistry.all()) {
            JsonNode scene = JSON.readTree(FigureScene.json(recipe.computeDefault()));
            for (JsonNode panel : scene.get("panels")) {
                boolean log = panel.get("type").asText().equals("xy")
                        && (panel.get("x").get("scale").asText() + panel.get("y").get("scale").asText())
                        .contains("log");
                for (JsonNode line : panel.get("lines")) {
                    if (!line.has("tip") || log) {
                        continue;
                    }
                    JsonNode series = scene.get("series").get(line.get("tip").get("series").asText());
                    JsonNode rows = line.get("tip").get("rows");
                    for (int i = 0; i < rows.size(); i++) {
                        int row = rows.get(i).asInt();
                        if (row >= 0) {
                            assertThat(rowHolds(series, row, line.get("x").get(i).asDouble(),
                                    line.get("y").get(i).asDouble())).as(recipe.id() + " point " + i).isTrue();
                            tipped++;
                        }
                    }
                }
            }
        }
        assertThat(tipped).as("points with a data row").isGreaterThan(5000);
    }

    private static boolean rowHolds(JsonNode series, int row, double x, double y) {
        boolean hasX = false;
        boolean hasY = false;
        for (JsonNode column : series) {
            hasX |= column.get(row).asDouble() == x;
            hasY |= column.get(row).asDouble() == y;
        }
        return hasX && hasY;
    }

    @Test
    void filledContoursAreTheJvmsIsobandsWithOneColourPerBand() throws Exception {
        Figure figure = RecipeRegistry.find("gd-2d-nonconvex").orElseThrow().computeDefault();
        XYPanel panel = (XYPanel) figure.panels().get(0);
        JsonNode contour = JSON.readTree(FigureScene.json(figure)).get("panels").get(0).get("contours").get(0);
        var bands = new MarchingSquares(panel.contours().get(0).grid()).bands(panel.contours().get(0).levels());
        assertThat(contour.get("bands")).hasSize(bands.size());
        for (int k = 0; k < bands.size(); k++) {
            JsonNode rings = contour.get("bands").get(k).get("rings");
            assertThat(rings).hasSize(bands.get(k).rings().size());
            assertThat(rings.get(0).get(0).asDouble()).isEqualTo(bands.get(k).rings().get(0).x(0));
        }
        for (int k = 0; k < bands.size(); k++) {
            double[] levels = panel.contours().get(0).levels();
            int rgb = Colormap.VIRIDIS.argb(FilledContourAnnotation.colourPosition(levels, k));
            assertThat(contour.get("bands").get(k).get("color").asText())
                    .isEqualTo(String.format("#%06x", rgb & 0xffffff));
        }
    }

    @Test
    void aSurfaceSceneCarriesItsGridBlocksAndTheViewOfTheFigure() throws Exception {
        Figure figure = RecipeRegistry.find("pathological-curvature-surface").orElseThrow().computeDefault();
        SurfacePanel panel = (SurfacePanel) figure.panels().get(0);
        JsonNode scene = JSON.readTree(FigureScene.json(figure)).get("panels").get(0);
        assertThat(scene.get("z")).hasSize(panel.surface().columns() * panel.surface().rows());
        assertThat(scene.get("z").get(3 * panel.surface().columns() + 7).asDouble())
                .isEqualTo(panel.surface().z(7, 3));
        // plot_surface's rcount 50 on 100 rows: every 2nd row, 0 to 98, and the last, 99: 51 bounds, 50 blocks.
        assertThat(scene.get("blockRows")).hasSize(51);
        assertThat(scene.get("blocks")).hasSize(50 * 50);
        assertThat(scene.get("azimuth").asDouble()).isEqualTo(panel.azimuth());
        assertThat(scene.get("ticks")).hasSize(3);
        assertThat(scene.get("ticks").get(2).get(3).get("most").asInt()).isEqualTo(6);
    }

    @Test
    void longRunsAreSimplifiedButKeepEveryPointThatShowsADataRow() throws Exception {
        Figure figure = RecipeRegistry.find("tango-fig1").orElseThrow().computeDefault();
        JsonNode lines = JSON.readTree(FigureScene.json(figure)).get("panels").get(0).get("lines");
        XYPanel panel = (XYPanel) figure.panels().get(0);
        for (int k = 0; k < lines.size(); k++) {
            JsonNode line = lines.get(k);
            assertThat(line.get("x").size()).isLessThanOrEqualTo(panel.lines().get(k).x().length);
            long shown = 0;
            for (JsonNode row : line.get("tip").get("rows")) {
                shown += row.asInt() >= 0 ? 1 : 0;
            }
            String series = line.get("tip").get("series").asText();
            assertThat(shown).as(series).isEqualTo(figure.data().series().get(series).length());
        }
        assertThat(lines.get(0).get("x").size()).as("TANGO's 300,000 steps drawn with far fewer points")
                .isLessThan(panel.lines().get(0).x().length / 10);
    }

    @Test
    void panelsInTheSceneKeepTheirMinimumWidths() throws Exception {
        Figure figure = RecipeRegistry.find("perlin-gd-a").orElseThrow().computeDefault();
        JsonNode panels = JSON.readTree(FigureScene.json(figure)).get("panels");
        for (int i = 0; i < panels.size(); i++) {
            Panel panel = figure.panels().get(i);
            assertThat(panels.get(i).get("minWidth").asDouble())
                    .isEqualTo(org.gradientatlas.figure.PanelGrid.minimumWidth(panel));
        }
    }
}
