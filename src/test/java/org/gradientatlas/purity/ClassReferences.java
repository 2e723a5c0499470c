package org.gradientatlas.purity;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What one class file refers to, from its constant pool (JVMS 4.4): the classes it names, the fields and methods it
 * calls (owner.name:descriptor; invokedynamic.name:descriptor for dynamic call sites such as string concatenation),
 * and every descriptor or signature text. Enough to see a call without a bytecode library.
 */
record ClassReferences(List<String> classes, List<String> members, List<String> texts) {

    static ClassReferences read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        data.readUnsignedShort();
        data.readUnsignedShort();
        int count = data.readUnsignedShort();
        Object[] pool = new Object[count];
        int[][] refs = new int[count][];
        int[] tags = new int[count];
        for (int i = 1; i < count; i++) {
            tags[i] = data.readUnsignedByte();
            switch (tags[i]) {
                case 1 -> pool[i] = data.readUTF();
                case 3, 4 -> data.readInt();
                case 5, 6 -> {
                    data.readLong();
                    i++; // takes two slots
                }
                case 7, 8, 16, 19, 20 -> refs[i] = new int[] {data.readUnsignedShort()};
                case 9, 10, 11, 12, 17, 18 -> refs[i] = new int[] {data.readUnsignedShort(), data.readUnsignedShort()};
                case 15 -> refs[i] = new int[] {data.readUnsignedByte(), data.readUnsignedShort()};
                default -> throw new IOException("unknown constant pool tag " + tags[i]);
            }
        }
        List<String> classes = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (tags[i] == 7) {
                classes.add((String) pool[refs[i][0]]);
            } else if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                String owner = (String) pool[refs[refs[i][0]][0]];
                int[] nameAndType = refs[refs[i][1]];
                members.add(owner + "." + pool[nameAndType[0]] + ":" + pool[nameAndType[1]]);
            } else if (tags[i] == 18) {
                int[] nameAndType = refs[refs[i][1]];
                members.add("invokedynamic." + pool[nameAndType[0]] + ":" + pool[nameAndType[1]]);
            } else if (tags[i] == 1) {
                texts.add((String) pool[i]);
            }
        }
        return new ClassReferences(classes, members, texts);
    }
}
