package org.gradientatlas.review;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gradientatlas.report.Templates;

/**
 * The review page: one self-contained HTML file (images inlined as data URIs, a little vanilla JS, no network)
 * with changed, added and removed figures first and the unchanged ones collapsed.
 */
public final class ReviewPage {
    /** In every page's head, so that a later diff knows the page as its own. */
    public static final String GENERATOR = "<meta name=\"generator\" content=\"Gradient Atlas diff\">";

    private final Configuration freemarker = Templates.configuration();

    public String render(String title, String beforeName, String afterName, List<FigureChange> changes)
            throws IOException {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (FigureChange change : changes) {
            figures.add(model(change));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("before", beforeName);
        model.put("after", afterName);
        model.put("figures", figures);
        model.put("changedCount", changes.stream().filter(c -> c.kind() != FigureChange.Kind.UNCHANGED).count());
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate("review.ftlh").process(model, out);
        } catch (TemplateException e) {
            throw new IOException("review template failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The id of a figure's section on the page, which the Markdown and JSON summaries link to. */
    public static String anchor(String figureId) {
        return "figure-" + figureId;
    }

    private static Map<String, Object> model(FigureChange change) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", change.id());
        m.put("anchor", anchor(change.id()));
        m.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
        if (change.image() != null) {
            ImageComparison image = change.image();
            m.put("rms", String.format(Locale.ROOT, "%.3f", image.rms()));
            m.put("changedPercent", String.format(Locale.ROOT, "%.3f", 100 * image.changedShare()));
            m.put("beforeImage", pngUri(image.before()));
            m.put("afterImage", pngUri(image.after()));
            m.put("diffImage", pngUri(image.diff()));
        } else if (change.kind() == FigureChange.Kind.ADDED && change.after().svg() != null) {
            m.put("afterImage", svgUri(change.after().svg()));
        } else if (change.kind() == FigureChange.Kind.REMOVED && change.before().svg() != null) {
            m.put("beforeImage", svgUri(change.before().svg()));
        }
        if (change.data() != null) {
            m.put("values", change.data().values().stream().map(v -> Map.of(
                    "name", v.name(), "before", v.before(), "after", v.after())).toList());
            m.put("columns", change.data().columns().stream().map(c -> Map.of(
                    "name", c.name(), "before", Integer.toString(c.beforeLength()),
                    "after", Integer.toString(c.afterLength()), "max", maxText(c.maxAbsChange()))).toList());
        }
        return m;
    }

    private static String maxText(double v) {
        return Double.isInfinite(v) ? "not comparable" : String.format(Locale.ROOT, "%.6g", v);
    }

    private static String pngUri(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static String svgUri(byte[] svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg);
    }
}
