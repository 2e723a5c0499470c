package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

/** A directory tree as relative path → SHA-256 of the bytes, and checks that figure files are whole. */
final class OutputTree {
    private OutputTree() {
    }

    /** Every regular file under {@code dir}, hidden ones included; empty when {@code dir} does not exist. */
    static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return tree;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                tree.put(dir.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return tree;
    }

    /** The files a reader sees: hidden files (temporary files of a killed run) left out. */
    static Map<String, String> visible(Map<String, String> tree) {
        Map<String, String> visible = new TreeMap<>(tree);
        visible.keySet().removeIf(name -> Path.of(name).getFileName().toString().startsWith("."));
        return visible;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every visible SVG is well-formed XML ending in {@code </svg>}, every visible JSON parses. */
    static void assertFiguresWhole(Path dir) throws IOException {
        for (String name : visible(digests(dir)).keySet()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            if (name.endsWith(".svg")) {
                assertThat(new String(bytes, StandardCharsets.UTF_8).stripTrailing()).as(name).endsWith("</svg>");
                parseXml(name, bytes);
            } else if (name.endsWith(".json")) {
                new ObjectMapper().readTree(bytes);
            }
        }
    }

    private static void parseXml(String name, byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            fail(name + " is not well-formed XML: " + e.getMessage());
        }
    }
}
