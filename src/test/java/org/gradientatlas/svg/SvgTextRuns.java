package org.gradientatlas.svg;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A written SVG read back for tests: its root, its aria-labelled text groups, and glyphs outside any of them. */
record SvgTextRuns(Element root, List<String> labels, int unlabelledGlyphs, int textElements) {
    static final String SVG = "http://www.w3.org/2000/svg";

    static SvgTextRuns parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            List<String> labels = new ArrayList<>();
            NodeList groups = root.getElementsByTagNameNS(SVG, "g");
            for (int i = 0; i < groups.getLength(); i++) {
                Element g = (Element) groups.item(i);
                if (g.hasAttribute("aria-label")) {
                    labels.add(g.getAttribute("aria-label"));
                }
            }
            int unlabelled = 0;
            NodeList uses = root.getElementsByTagNameNS(SVG, "use");
            for (int i = 0; i < uses.getLength(); i++) {
                if (!insideLabel(uses.item(i))) {
                    unlabelled++;
                }
            }
            return new SvgTextRuns(root, labels, unlabelled, root.getElementsByTagNameNS(SVG, "text").getLength());
        } catch (Exception e) {
            throw new IllegalArgumentException("not a well-formed SVG: " + e.getMessage(), e);
        }
    }

    private static boolean insideLabel(Node node) {
        for (Node n = node.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("aria-label")) {
                return true;
            }
        }
        return false;
    }

    /** The root's element children in order, by local name. */
    List<String> firstChildren(int count) {
        List<String> names = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null && names.size() < count; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    String childText(String localName) {
        NodeList nodes = root.getElementsByTagNameNS(SVG, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }
}
