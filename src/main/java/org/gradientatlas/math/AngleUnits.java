package org.gradientatlas.math;

/**
 * Degrees and radians as the JDK (9 and later) converts them, one multiplication by a rounded constant.
 * TeaVM multiplies by 180 and divides by pi instead, which rounds twice and differs in the last bit.
 */
public final class AngleUnits {
    /** 180/pi and pi/180 rounded to nearest: the JDK's RADIANS_TO_DEGREES and DEGREES_TO_RADIANS. */
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;
    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;

    private AngleUnits() {
    }

    /** StrictMath.toDegrees(radians), bit for bit. */
    public static double toDegrees(double radians) {
        return radians * RADIANS_TO_DEGREES;
    }

    /** StrictMath.toRadians(degrees), bit for bit. */
    public static double toRadians(double degrees) {
        return degrees * DEGREES_TO_RADIANS;
    }
}
