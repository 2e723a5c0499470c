package org.gradientatlas;

import java.util.regex.Pattern;

/** The project's internal labels for its source notebooks, which no output may show (cite the works instead). */
public final class InternalNames {
    /** A seed file name ("004_eb14805ca14f0087.txt") or a reference to one by number ("seed 004"). */
    public static final Pattern SEED_FILE = Pattern.compile("\\b0\\d\\d_[0-9a-f]{16}\\b|(?i)\\bseed 0\\d\\d\\b");

    private InternalNames() {
    }
}
