package org.gradientatlas.cli;

import java.util.Arrays;
import java.util.Locale;
import org.gradientatlas.figure.SizePreset;
import org.gradientatlas.render.OutputFormat;
import org.gradientatlas.render.RenderJob;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values that say what is allowed: their message is the "expected ..." part of the one-line
 * error {@link ParameterErrors} prints (e.g. "a whole number from 0 to 4294967295").
 */
final class OptionValues {
    private OptionValues() {
    }

    /** A whole number in [min, max]; {@code note} adds what a special value means. */
    static long wholeNumber(String value, long min, long max, String note) {
        String allowed = "a whole number from " + min + note + " to " + max;
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below, with what is allowed
        }
        throw new TypeConversionException(allowed);
    }

    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return wholeNumber(value, 0, RenderJob.MAX_SEED, "");
        }
    }

    static final class Threads implements ITypeConverter<Integer> {
        static final int MAX = 4096;

        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 0, MAX, " (one per processor)");
        }
    }

    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 0, 65535, " (a free one)");
        }
    }

    static final class Runs implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 1, 1000, "");
        }
    }

    static final class ColdRuns implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, 0, 100, " (none)");
        }
    }

    static final class Format implements ITypeConverter<OutputFormat> {
        static final String ALLOWED = "svg, png or pdf, comma-separated";

        @Override
        public OutputFormat convert(String value) {
            return Arrays.stream(OutputFormat.values()).filter(f -> f.extension().equals(value.strip()
                    .toLowerCase(Locale.ROOT))).findFirst().orElseThrow(() -> new TypeConversionException(ALLOWED));
        }
    }

    static final class Size implements ITypeConverter<SizePreset> {
        @Override
        public SizePreset convert(String value) {
            try {
                return SizePreset.fromLabel(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("one of " + String.join(", ", Arrays.stream(SizePreset.values())
                        .map(SizePreset::label).toList()));
            }
        }
    }
}
