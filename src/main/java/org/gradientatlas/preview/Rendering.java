package org.gradientatlas.preview;

/**
 * One recipe run by a generation: its SVG and JSON, or the error that stopped it.
 *
 * @param figure the generation's own rendered figure, opaque to the host (null on error)
 * @param error  one line naming the failure and where it happened, or null
 */
public record Rendering(String id, String svg, String json, Object figure, String error) {
    public static Rendering failed(String id, String error) {
        return new Rendering(id, null, null, null, error);
    }

    public boolean ok() {
        return error == null;
    }

    /** Whether both have the same SVG and JSON. */
    public boolean sameFilesAs(Rendering other) {
        return other != null && ok() && other.ok() && svg.equals(other.svg) && json.equals(other.json);
    }
}
