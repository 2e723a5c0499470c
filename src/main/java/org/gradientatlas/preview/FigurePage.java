package org.gradientatlas.preview;

import java.util.Map;

/**
 * A published figure as its pages need it, in JDK types only.
 *
 * @param model          the figure page's template model
 * @param landscapePart  its share of the slider page's model, or null
 */
public record FigurePage(Map<String, Object> model, Map<String, Object> landscapePart) {
}
