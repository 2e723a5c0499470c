package org.gradientatlas.preview;

/**
 * What the preview knows of one figure.
 *
 * @param inputsDigest digest of the classes its last rendering reached (see {@link Generation#inputsDigest})
 * @param good         its last good rendering's SVG and JSON (without the generation's figure), or null
 * @param page         the pages' view of that rendering, or null
 * @param error        why the last rendering failed, or null when it succeeded
 */
record FigureState(String inputsDigest, Rendering good, FigurePage page, String error) {
    static final FigureState NEW = new FigureState("", null, null, null);

    FigureState failed(String digest, String why) {
        return new FigureState(digest, good, page, why);
    }

    FigureState succeeded(String digest, Rendering rendering, FigurePage newPage) {
        Rendering kept = new Rendering(rendering.id(), rendering.svg(), rendering.json(), null, null);
        return new FigureState(digest, kept, newPage, null);
    }

    FigureState unchanged(String digest) {
        return new FigureState(digest, good, page, null);
    }

    FigureState withPage(FigurePage newPage) {
        return new FigureState(inputsDigest, good, newPage, error);
    }
}
