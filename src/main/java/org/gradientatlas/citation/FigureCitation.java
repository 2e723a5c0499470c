package org.gradientatlas.citation;

import java.util.List;
import java.util.Optional;

/**
 * "Cite this figure": the atlas, the version and commit that made the figure, and the figure's id. No date (the
 * commit pins the figure, and the entry stays the same on every build of that commit).
 */
public final class FigureCitation {
    /** The atlas's author as CITATION.cff names it: an organisation, written "Name, " (see {@link Citation}). */
    public static final String ATLAS_AUTHOR = "Gradient Atlas contributors, ";

    private FigureCitation() {
    }

    /**
     * @param commitHash the 40-digit commit, followed by " (with uncommitted changes)" when the working tree
     *                   differed from it, or "" when the figure was made outside a git checkout
     */
    public static Citation of(String figureId, String figureTitle, String version, String commitHash) {
        String made = commitHash.isEmpty() ? "Made by Gradient Atlas " + version + " outside a git checkout."
                : "Made by Gradient Atlas " + version + " at commit " + commitHash + ".";
        return new Citation("gradient-atlas-" + figureId, Citation.EntryType.MISC, List.of(ATLAS_AUTHOR),
                "Gradient Atlas figure " + figureId + ": " + figureTitle, Optional.empty(),
                "Gradient Atlas " + version, "", "",
                made + " Figure id: " + figureId + ".");
    }
}
