package org.gradientatlas.output;

import java.nio.file.Path;

/**
 * The one way output file names become paths: a plain file name resolved inside the chosen output directory.
 * Recipe ids are kebab-case (RecipeIdsTest), so this never fails for them; it is the guard that a bad id or series
 * name ({@code ../x}, {@code /etc/x}, {@code a/b}) can never make a file outside the directory.
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    public static Path inside(Path dir, String fileName) {
        Path name = Path.of(fileName);
        Path resolved = dir.resolve(name);
        boolean plain = !fileName.isEmpty() && !name.isAbsolute() && name.getNameCount() == 1
                && !fileName.equals(".") && !fileName.equals("..") && fileName.indexOf('/') < 0
                && fileName.indexOf('\\') < 0;
        if (!plain || !resolved.toAbsolutePath().normalize().getParent().equals(dir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("refusing to write '" + fileName + "': output file names must be"
                    + " plain names inside " + dir);
        }
        return resolved;
    }
}
