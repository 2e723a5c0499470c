package org.gradientatlas.browser;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file names in its constant pool (JVMS 4.4): its class entries and the classes in its
 * descriptors and signatures. Over-approximates what a compiler can reach from it, never under-approximates.
 */
final class ClassReferences {
    private static final Pattern IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

    private ClassReferences() {
    }

    /** Internal names ("java/awt/Color") of every class {@code className}'s class file refers to. */
    static Set<String> of(String className) throws IOException {
        try (InputStream in = ClassReferences.class.getClassLoader().getResourceAsStream(className + ".class")) {
            if (in == null) {
                throw new IOException("no class file for " + className);
            }
            return read(new DataInputStream(in));
        }
    }

    /** The project's classes reachable from {@code root} through references, and every class they name. */
    static Set<String> reachableFrom(String root, String projectPrefix) throws IOException {
        Set<String> seen = new TreeSet<>(Set.of(root));
        Deque<String> work = new ArrayDeque<>(seen);
        while (!work.isEmpty()) {
            for (String name : of(work.pop())) {
                if (seen.add(name) && name.startsWith(projectPrefix)) {
                    work.push(name);
                }
            }
        }
        return seen;
    }

    private static Set<String> read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Set<String> names = new TreeSet<>();
        String[] utf8 = new String[count];
        int[] classEntries = new int[count];
        int classCount = 0;
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classEntries[classCount++] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int k = 0; k < classCount; k++) {
            String name = utf8[classEntries[k]];
            names.add(name.startsWith("[") ? name.replaceAll("^\\[+L?|;$", "") : name);
        }
        for (String text : utf8) {
            Matcher m = text == null ? null : IN_DESCRIPTOR.matcher(text);
            while (m != null && m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
