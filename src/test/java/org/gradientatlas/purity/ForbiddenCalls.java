package org.gradientatlas.purity;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Locale;

/** Makes one of each call {@link PureCodeCallsTest} forbids, to show that the scan finds them. Never run. */
final class ForbiddenCalls {
    private ForbiddenCalls() {
    }

    static Object[] all() throws IOException {
        return new Object[] {
            ForbiddenCalls.class.getRecordComponents(),
            String.format(Locale.ROOT, "%.3f", 1.0),
            Double.parseDouble("1.5"),
            new BigDecimal("0.1").doubleValue(),
            new DecimalFormat("0.0").format(1.0),
            new JsonFactory().createGenerator(new StringWriter()),
            "a b".split(" "),
            "x = " + Math.random(),
        };
    }
}
