package org.gradientatlas.svg;

import java.awt.Font;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The glyph outlines one SVG document uses, each a {@code <path id="gN">} numbered in order of first use. */
final class GlyphDefinitions {
    private record Key(Font font, int glyphCode) {
    }

    private final Map<Key, String> ids = new HashMap<>();
    private final List<String[]> definitions = new ArrayList<>();

    String id(Font font, int glyphCode, Shape outline) {
        return ids.computeIfAbsent(new Key(font, glyphCode), key -> {
            String id = "g" + definitions.size();
            definitions.add(new String[] {id, PathDataCompactor.compact(outline)});
            return id;
        });
    }

    /** A {@code <defs>} element holding every outline used, in order of first use. */
    Element defs(Document document) {
        Element defs = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_DEFS_TAG);
        for (String[] definition : definitions) {
            Element path = document.createElementNS(SVGConstants.SVG_NAMESPACE_URI, SVGConstants.SVG_PATH_TAG);
            path.setAttribute(SVGConstants.SVG_ID_ATTRIBUTE, definition[0]);
            path.setAttribute(SVGConstants.SVG_D_ATTRIBUTE, definition[1]);
            defs.appendChild(path);
        }
        return defs;
    }
}
