package org.gradientatlas.math;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The methods a class file calls, as "owner.name" (java/lang/Math.fma), from its constant pool (JVMS 4.4). */
final class MethodReferences {
    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHOD_REF = 10;
    private static final int INTERFACE_METHOD_REF = 11;
    private static final int NAME_AND_TYPE = 12;

    private MethodReferences() {
    }

    static Set<String> of(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readInt(); // minor and major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] first = new int[count];
        int[] second = new int[count];
        int[] tags = new int[count];
        for (int i = 1; i < count; i++) {
            tags[i] = in.readUnsignedByte();
            switch (tags[i]) {
                case UTF8 -> utf8[i] = in.readUTF();
                case CLASS, 8, 16, 19, 20 -> first[i] = in.readUnsignedShort();
                case 15 -> in.skipNBytes(3);
                case METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, 9, 17, 18 -> {
                    first[i] = in.readUnsignedShort();
                    second[i] = in.readUnsignedShort();
                }
                case 3, 4 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // long and double take two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tags[i]);
            }
        }
        Set<String> methods = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (tags[i] == METHOD_REF || tags[i] == INTERFACE_METHOD_REF) {
                String owner = utf8[first[first[i]]];
                String name = utf8[first[second[i]]];
                methods.add(owner + "." + name);
            }
        }
        return methods;
    }

    static List<String> matching(byte[] classFile, Set<String> wanted) throws IOException {
        List<String> found = new ArrayList<>();
        for (String m : of(classFile)) {
            if (wanted.contains(m)) {
                found.add(m);
            }
        }
        return found;
    }
}
