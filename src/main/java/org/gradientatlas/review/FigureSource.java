package org.gradientatlas.review;

import java.io.IOException;
import java.util.SortedSet;

/** One side of a figure comparison: a directory or a git revision's figures/. */
public interface FigureSource {

    /** What the source is, for messages and the page's header. */
    String describe();

    /** Ids of every figure that has an SVG or JSON file, sorted. */
    SortedSet<String> ids() throws IOException;

    FigureFiles read(String id) throws IOException;
}
