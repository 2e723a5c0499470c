package org.gradientatlas.bench;

/** One recipe's warm timings (medians, milliseconds) and the size of its files. */
public record RecipeTiming(String id, double computeMillis, double renderMillis, long svgBytes, long jsonBytes) {
}
