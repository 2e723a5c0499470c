package org.gradientatlas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.util.SVGConstants;

/**
 * What else runs in the JVM while figures render: busy threads taking CPU from the render threads (so that they
 * are descheduled at arbitrary points), and optionally another user of Batik's shared default context.
 */
final class CompetingLoad implements AutoCloseable {
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile long sink;

    /**
     * @param batikOnce one number formatted through Batik's shared format before any render, as a test that ran
     *                  earlier in the JVM would have done
     * @param batikUser a thread formatting through it all the time
     */
    CompetingLoad(int busyThreads, boolean batikOnce, boolean batikUser) {
        if (batikOnce) {
            formatSomeNumbers(batiksDefaultContext());
        }
        for (int i = 0; i < busyThreads; i++) {
            start("busy load " + i, this::spin);
        }
        if (batikUser) {
            start("other Batik user", this::formatThroughBatiksSharedFormat);
        }
    }

    /**
     * Numbers of every magnitude, as an earlier test of SVG output would write; the longest double (23 digits and
     * signs) leaves the format's digit buffer at its largest, as a long-running JVM would have it.
     */
    private static void formatSomeNumbers(SVGGeneratorContext context) {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 1000; i++) {
            context.doubleString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 9)));
        }
        context.doubleString(Double.MIN_NORMAL);
    }

    private static SVGGeneratorContext batiksDefaultContext() {
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(GenericDOMImplementation
                .getDOMImplementation().createDocument(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_SVG_TAG,
                        null));
        context.setPrecision(4);
        return context;
    }

    private void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
    }

    private void spin() {
        SplittableRandom random = new SplittableRandom(3);
        long sum = 0;
        while (running) {
            for (int i = 0; i < 100_000; i++) {
                sum += Double.doubleToRawLongBits(Math.sqrt(random.nextDouble()));
            }
            sink = sum;
        }
    }

    /** Numbers through the DecimalFormat Batik shares between all default contexts, as its users do. */
    private void formatThroughBatiksSharedFormat() {
        SVGGeneratorContext context = batiksDefaultContext();
        SplittableRandom random = new SplittableRandom(7);
        long length = 0;
        while (running) {
            length += context.doubleString(random.nextDouble() * 1000).length();
            if ((length & 0xfff) == 0) {
                Thread.yield();
            }
        }
        sink = length;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
