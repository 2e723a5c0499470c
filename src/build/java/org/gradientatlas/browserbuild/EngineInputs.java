package org.gradientatlas.browserbuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the engine is made of: the SHA-256 of the project's classes TeaVM compiled (those it reaches from the entry
 * class, as listed by the last compilation) and of the build's other inputs (scripts, pom.xml). Only a reachable class
 * can change what TeaVM reaches, so when this digest is unchanged the engine is up to date, whatever else changed.
 */
final class EngineInputs {
    private EngineInputs() {
    }

    static String digest(Path classes, List<String> classNames, List<Path> files) {
        MessageDigest sha = sha256();
        for (String name : classNames) {
            Path file = classes.resolve(name.replace('.', '/') + ".class");
            if (Files.isRegularFile(file)) {
                add(sha, name, file);
            }
        }
        for (Path file : files) {
            add(sha, file.getFileName().toString(), file);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void add(MessageDigest sha, String name, Path file) {
        try {
            sha.update((name + "\n" + Files.size(file) + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
