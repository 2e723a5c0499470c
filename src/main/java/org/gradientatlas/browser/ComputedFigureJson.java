package org.gradientatlas.browser;

import java.util.Map;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.figure.FigureData;
import org.gradientatlas.figure.FigureJson;
import org.gradientatlas.figure.Series;
import org.gradientatlas.figure.SeriesCsv;
import org.gradientatlas.recipe.ReproduceCommand;
import org.gradientatlas.scene.FigureScene;

/**
 * A computed figure as the page needs it, one JSON object:
 * <pre>{"data": "&lt;the data file render writes&gt;", "csv": {"&lt;series&gt;": "&lt;its CSV file&gt;", ...},
 *  "command": "java -jar ... render id --seed 0 --set ...", "scene": {the drawing, docs/browser-drawing.md}}</pre>
 * The files are the texts {@code render} and the site write, so the page's downloads are theirs byte for byte; the
 * scene is embedded as an object (the page reads it with the same parse).
 */
final class ComputedFigureJson {
    private ComputedFigureJson() {
    }

    static String of(Figure figure) {
        FigureData data = figure.data();
        StringBuilder out = new StringBuilder("{\"data\": ").append(JsonString.quote(FigureJson.write(data)));
        out.append(",\n\"csv\": {");
        String separator = "";
        for (Map.Entry<String, Series> series : data.series().entrySet()) {
            out.append(separator).append(JsonString.quote(series.getKey())).append(": ")
                    .append(JsonString.quote(SeriesCsv.write(series.getValue())));
            separator = ",\n";
        }
        out.append("},\n\"command\": ").append(JsonString.quote(ReproduceCommand.of(data)));
        return out.append(",\n\"scene\": ").append(FigureScene.json(figure)).append("}\n").toString();
    }
}
