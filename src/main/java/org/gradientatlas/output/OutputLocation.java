package org.gradientatlas.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where an output path really is, found before anything is written: absolute, each symbolic link that exists
 * followed (so that a link to the current directory counts as the current directory), {@code ..} applied after
 * the link before it, as the system does. A file or a broken link on the way is bad input, named by its option.
 */
public final class OutputLocation {
    private OutputLocation() {
    }

    /** The real location of {@code given}; the part that does not exist yet is appended as written. */
    public static Path of(String option, Path given) {
        Path absolute = given.toAbsolutePath();
        Path real = absolute.getRoot();
        for (Path name : absolute) {
            String part = name.toString();
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                real = real.getParent() == null ? real : real.getParent();
                continue;
            }
            Path next = real.resolve(part);
            if (Files.isSymbolicLink(next)) {
                next = followed(option, given, next);
            }
            if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(real)) {
                throw new IllegalArgumentException(option + " " + shown(given) + ": " + real
                        + " is a file, not a directory");
            }
            real = next;
        }
        return real;
    }

    /** A path as the user typed it, the empty one visible. */
    public static String shown(Path given) {
        return given.toString().isEmpty() ? "''" : given.toString();
    }

    /** Fails with one line naming the option when the path (or a directory on the way) exists as a file. */
    public static Path directory(String option, Path given) {
        Path real = of(option, given);
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new IllegalArgumentException(option + " " + shown(given) + " is a file, not a directory");
        }
        return real;
    }

    /** Fails with one line when {@code given} is {@code dir} or lies inside it. */
    public static void outside(String option, Path given, String what, Path dir) {
        if (of(option, given).startsWith(of(what, dir))) {
            throw new IllegalArgumentException(option + " " + shown(given) + " is inside " + what + " " + shown(dir)
                    + "; keep it elsewhere (the default is target/gradient-atlas-cache)");
        }
    }

    private static Path followed(String option, Path given, Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + shown(given) + ": " + link
                    + " is a broken symbolic link");
        }
    }
}
