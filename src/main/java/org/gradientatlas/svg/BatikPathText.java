package org.gradientatlas.svg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Path data that Batik writes as text itself (clip paths), parsed and compacted by {@link PathDataCompactor}. */
final class BatikPathText {
    private BatikPathText() {
    }

    /** Rewrites the path data Batik wrote itself: the paths of clip paths. */
    static void compactClipPaths(Element root) {
        NodeList paths = root.getElementsByTagName("clipPath");
        for (int k = 0; k < paths.getLength(); k++) {
            compactAll((Element) paths.item(k));
        }
    }

    private static void compactAll(Element root) {
        NodeList paths = root.getElementsByTagName("path");
        for (int k = 0; k < paths.getLength(); k++) {
            Node node = paths.item(k);
            if (node instanceof Element path && path.hasAttribute("d")) {
                path.setAttribute("d", compact(path.getAttribute("d")));
            }
        }
    }

    /** Compacts path data made of absolute M, L, Q, C and Z commands (what Batik writes). */
    static String compact(String d) {
        return PathDataCompactor.compact(parse(d));
    }

    private static List<PathDataCompactor.Segment> parse(String d) {
        List<PathDataCompactor.Segment> segments = new ArrayList<>();
        String[] tokens = d.trim().split("(?=[" + PathDataCompactor.COMMANDS + "])");
        for (String token : tokens) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            char command = t.charAt(0);
            if (PathDataCompactor.COMMANDS.indexOf(command) < 0) {
                throw new IllegalArgumentException("unexpected path command '" + command + "' in Batik output");
            }
            String rest = t.substring(1).trim();
            double[] values = rest.isEmpty() ? new double[0]
                    : Arrays.stream(rest.split("[\\s,]+")).mapToDouble(Double::parseDouble).toArray();
            segments.add(new PathDataCompactor.Segment(command, values));
        }
        return segments;
    }
}
