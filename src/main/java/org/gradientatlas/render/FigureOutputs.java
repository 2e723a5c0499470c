package org.gradientatlas.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One rendered figure's files, by file name ({@code <id>.json} first, then the pictures in format order). */
public record FigureOutputs(String id, Map<String, byte[]> files) {
    public FigureOutputs {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
