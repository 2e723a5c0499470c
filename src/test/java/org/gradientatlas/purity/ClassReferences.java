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
        return of(ConstantPool.read(data));
    }

    private static ClassReferences of(ConstantPool pool) {
        List<String> classes = new ArrayList<>();
        List<String> members = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < pool.tags.length; i++) {
            switch (pool.tags[i]) {
                case 7 -> classes.add(pool.utf8(pool.refs[i][0]));
                case 9, 10, 11 -> members.add(pool.utf8(pool.refs[pool.refs[i][0]][0]) + "." + pool.nameAndType(i));
                case 18 -> members.add("invokedynamic." + pool.nameAndType(i));
                case 1 -> texts.add(pool.utf8(i));
                default -> {
                    // numbers, strings, method handles and types name nothing more
                }
            }
        }
        return new ClassReferences(classes, members, texts);
    }

    /** The constant pool: each entry's tag, text (Utf8) and indices of the entries it refers to. */
    private record ConstantPool(int[] tags, Object[] texts, int[][] refs) {
        static ConstantPool read(DataInputStream data) throws IOException {
            int count = data.readUnsignedShort();
            ConstantPool pool = new ConstantPool(new int[count], new Object[count], new int[count][]);
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                pool.tags[i] = tag;
                switch (tag) {
                    case 1 -> pool.texts[i] = data.readUTF();
                    case 3, 4 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        i++; // takes two slots
                    }
                    case 7, 8, 16, 19, 20 -> pool.refs[i] = new int[] {data.readUnsignedShort()};
                    case 9, 10, 11, 12, 17, 18 -> pool.refs[i] = new int[] {data.readUnsignedShort(),
                        data.readUnsignedShort()};
                    case 15 -> pool.refs[i] = new int[] {data.readUnsignedByte(), data.readUnsignedShort()};
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            return pool;
        }

        String utf8(int index) {
            return (String) texts[index];
        }

        /** name:descriptor of the NameAndType that entry {@code index} (a member or dynamic reference) points to. */
        String nameAndType(int index) {
            int[] nameAndType = refs[refs[index][1]];
            return utf8(nameAndType[0]) + ":" + utf8(nameAndType[1]);
        }
    }
}
