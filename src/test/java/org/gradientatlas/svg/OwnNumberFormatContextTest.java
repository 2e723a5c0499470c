package org.gradientatlas.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.util.SVGConstants;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Each figure's generator context writes numbers as Batik's does, and two of them never disturb each other. */
class OwnNumberFormatContextTest {
    private static final int PRECISION = 4;

    private static Document document() {
        return GenericDOMImplementation.getDOMImplementation()
                .createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG, null);
    }

    /** At every precision Batik allows (0 to 12): our pattern is built as Batik's static initialiser builds its own. */
    @Test
    void writesNumbersAsBatiksDefaultContext() {
        for (int precision = 0; precision <= 12; precision++) {
            SVGGeneratorContext batik = SVGGeneratorContext.createDefault(document());
            batik.setPrecision(precision);
            SVGGeneratorContext own = OwnNumberFormatContext.create(document(), precision);
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < (precision == PRECISION ? 20_000 : 2_000); i++) {
                double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 9));
                assertThat(own.doubleString(v)).as("%s at precision %s", v, precision).isEqualTo(batik.doubleString(v));
            }
        }
    }

    /**
     * Seen in CI as a tick line's y2="210.8" for 211.4947: on JDK 17 a clone of Batik's static format shares its
     * digit buffer once Batik's format has been used, which the first step here does as any Batik user would.
     */
    @Test
    void twoContextsOnTwoThreadsWriteWhatEachWouldAlone() throws Exception {
        SVGGeneratorContext batik = SVGGeneratorContext.createDefault(document());
        batik.setPrecision(PRECISION);
        batik.doubleString(Math.PI);
        int threads = 2;
        CountDownLatch start = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SVGGeneratorContext context = OwnNumberFormatContext.create(document(), PRECISION);
                long seed = t;
                wrong.add(pool.submit(() -> {
                    start.countDown();
                    start.await();
                    return mismatches(context, seed);
                }));
            }
            for (Future<List<String>> future : wrong) {
                assertThat(future.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Numbers the context wrote differently from a format of this thread's own ("got for value"), at most 5. */
    private static List<String> mismatches(SVGGeneratorContext context, long seed) {
        DecimalFormat alone = new DecimalFormat("#.####", new DecimalFormatSymbols(Locale.US));
        SplittableRandom random = new SplittableRandom(seed);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 1_000_000 && wrong.size() < 5; i++) {
            double v = random.nextDouble() * 1000;
            String got = context.doubleString(v);
            if (!got.equals(alone.format(v))) {
                wrong.add(got + " for " + v);
            }
        }
        return wrong;
    }
}
