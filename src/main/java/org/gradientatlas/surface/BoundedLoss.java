package org.gradientatlas.surface;

/** A loss of two parameters defined on a bounded domain; evaluating it outside is an error, as in scipy. */
public interface BoundedLoss {
    boolean contains(double a, double b);

    /** The loss at (a, b); throws IllegalArgumentException outside the domain. */
    double value(double a, double b);
}
