package org.gradientatlas.review;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages write the sample figures. */
public final class SampleFiguresAccess {
    private SampleFiguresAccess() {
    }

    public static void write(Path dir, String id, double a) throws IOException {
        SampleFigures.write(dir, id, a);
    }
}
