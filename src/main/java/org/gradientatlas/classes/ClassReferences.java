package org.gradientatlas.classes;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's classes a class file names in its constant pool: class entries, the types in field and method
 * descriptors and generic signatures (JVMS 4.4), and class names written out in strings ("org.gradientatlas.cli.X",
 * as a child JVM's main class or a class loaded by name). This over-approximates what the class can reach, which is
 * what change detection wants: a class can only use another it names.
 */
public final class ClassReferences {
    private static final Pattern PROJECT_CLASS = Pattern.compile("org/gradientatlas/[A-Za-z0-9_$/]+");
    /** A dotted name may go on with a member ("org.gradientatlas.x.Y.run"): each prefix counts as a name. */
    private static final Pattern DOTTED_NAME = Pattern.compile("org\\.gradientatlas(\\.[A-Za-z0-9_$]+)+");

    private ClassReferences() {
    }

    /** Binary names ({@code org.gradientatlas.recipe.Foo$Params}) of the project classes named in {@code classFile}. */
    public static Set<String> of(byte[] classFile) {
        Set<String> names = new TreeSet<>();
        for (String utf8 : utf8Constants(classFile)) {
            addNames(utf8, names);
        }
        return names;
    }

    /** Every Utf8 constant of the class file: names, descriptors, signatures and string literals, in pool order. */
    public static List<String> utf8Constants(byte[] classFile) {
        List<String> constants = new ArrayList<>();
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file (bad magic number)");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                if (tag == 1) {
                    constants.add(in.readUTF());
                } else {
                    in.skipNBytes(entrySize(tag));
                    if (tag == 5 || tag == 6) {
                        i++; // long and double take two slots
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated class file: " + e.getMessage(), e);
        }
        return constants;
    }

    private static void addNames(String utf8, Set<String> names) {
        Matcher m = PROJECT_CLASS.matcher(utf8);
        while (m.find()) {
            names.add(m.group().replace('/', '.'));
        }
        Matcher dotted = DOTTED_NAME.matcher(utf8);
        while (dotted.find()) {
            String name = dotted.group();
            for (int dot = name.indexOf('.', "org.gradientatlas.".length()); dot > 0; dot = name.indexOf('.', dot + 1)) {
                names.add(name.substring(0, dot));
            }
            names.add(name);
        }
    }

    /** Bytes after the tag of every constant kind but Utf8. */
    private static int entrySize(int tag) {
        return switch (tag) {
            case 7, 8, 16, 19, 20 -> 2; // Class, String, MethodType, Module, Package
            case 15 -> 3; // MethodHandle
            case 3, 4, 9, 10, 11, 12, 17, 18 -> 4; // Integer, Float, refs, NameAndType, (Invoke)Dynamic
            case 5, 6 -> 8; // Long, Double
            default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
        };
    }
}
