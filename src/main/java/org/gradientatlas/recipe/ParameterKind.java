package org.gradientatlas.recipe;

/** What a parameter holds, as the catalog and the controls name it. */
public enum ParameterKind {
    /** An int. */
    INTEGER("integer"),
    /** A double. */
    NUMBER("number"),
    BOOLEAN("boolean"),
    /** One of an enum's constants, written in lower case. */
    CHOICE("choice");

    private final String text;

    ParameterKind(String text) {
        this.text = text;
    }

    /** "integer", "number", "boolean" or "choice". */
    public String text() {
        return text;
    }
}
