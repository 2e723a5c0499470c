package org.gradientatlas.scene;

import java.util.ArrayList;
import java.util.List;
import org.gradientatlas.figure.Axis;
import org.gradientatlas.ticks.AutoTicks;
import org.gradientatlas.ticks.LogTicks;
import org.gradientatlas.ticks.MaxNLocator;
import org.gradientatlas.ticks.TickFormat;

/**
 * An axis in the scene: label, range in the axis's linear coordinate (log10 on a log axis) and the candidate
 * tick sets the shared tick code gives; the renderer picks one by the axis's drawn length, as the JVM's axes do.
 */
final class AxisScene {
    /** A tick set with more ticks than this never fits an axis on any screen; it is written empty. */
    private static final int MOST_TICKS = 200;

    private AxisScene() {
    }

    static void write(JsonBuilder json, Axis axis) {
        if (axis.isLog()) {
            json.beginObject().key("label").value(axis.label())
                    .key("min").value(axis.toLinear(axis.min())).key("max").value(axis.toLinear(axis.max()))
                    .key("scale").value("log").key("ticks");
            logTicks(json, axis.toLinear(axis.min()), axis.toLinear(axis.max()));
            json.endObject();
        } else {
            linear(json, axis.label(), axis.min(), axis.max(), axis.tickStep());
        }
    }

    /** A linear axis over [min, max] ticked every {@code tickStep} (thinned where labels touch); 0: automatically. */
    static void linear(JsonBuilder json, String label, double min, double max, double tickStep) {
        json.beginObject().key("label").value(label).key("min").value(min).key("max").value(max)
                .key("scale").value("linear").key("ticks");
        if (tickStep > 0) {
            fixedTicks(json, min, max, tickStep);
        } else {
            autoTicks(json, min, max);
        }
        json.endObject();
    }

    /**
     * AutoLocator's ticks for every starting bin count 1 to 9: distinct sets, and for each bin count the index of its
     * set; the renderer starts from {@link AutoTicks#bins} of the axis's length.
     */
    private static void autoTicks(JsonBuilder json, double min, double max) {
        List<Double> steps = new ArrayList<>();
        int[] byBins = new int[AutoTicks.MAX_BINS];
        json.beginObject().key("kind").value("auto").key("sets").beginArray();
        for (int bins = 1; bins <= AutoTicks.MAX_BINS; bins++) {
            MaxNLocator locator = AutoTicks.locator(bins, min, max);
            double step = locator.step(min, max);
            if (!steps.contains(step)) {
                steps.add(step);
                double[] at = AutoTicks.fixedTicks(min, max, step);
                tickSet(json, step, at, TickFormat.forTicks(locator.tickValues(min, max)));
            }
            byBins[bins - 1] = steps.indexOf(step);
        }
        json.endArray().key("byBins").integers(byBins).endObject();
    }

    /** The recipe's step and its thinned multiples, in the order the renderer tries them. */
    private static void fixedTicks(JsonBuilder json, double min, double max, double tickStep) {
        json.beginObject().key("kind").value("fixed").key("sets").beginArray();
        for (int k = 0; k <= AutoTicks.THINNED_STEPS; k++) {
            double step = AutoTicks.thinnedStep(tickStep, k);
            double[] at = AutoTicks.fixedTicks(min, max, step);
            tickSet(json, step, at, TickFormat.forTicks(at));
        }
        json.endArray().endObject();
    }

    private static void tickSet(JsonBuilder json, double step, double[] at, TickFormat format) {
        json.beginObject().key("step").value(step);
        if (at.length > MOST_TICKS) {
            json.key("at").numbers(new double[0]).key("labels").strings(new String[0]).key("tooMany").value(true);
            json.endObject();
            return;
        }
        String[] labels = new String[at.length];
        for (int i = 0; i < at.length; i++) {
            labels[i] = format.format(at[i]);
        }
        json.key("at").numbers(at).key("labels").strings(labels).endObject();
    }

    /** Powers of ten and minor ticks; labels as markup ("10^{−3}"), null where unlabelled, with their priority. */
    private static void logTicks(JsonBuilder json, double lo, double hi) {
        List<LogTicks.Tick> ticks = LogTicks.ticks(lo, hi);
        double[] at = new double[ticks.size()];
        int[] priority = new int[ticks.size()];
        String[] labels = new String[ticks.size()];
        json.beginObject().key("kind").value("log").key("major").beginArray();
        for (int i = 0; i < at.length; i++) {
            LogTicks.Tick tick = ticks.get(i);
            at[i] = tick.value();
            priority[i] = tick.priority();
            labels[i] = tick.labelled() ? tick.base() + "^{" + tick.exponent() + "}" : null;
            json.value(tick.major());
        }
        json.endArray().key("at").numbers(at).key("labels").strings(labels).key("priority").integers(priority)
                .endObject();
    }
}
