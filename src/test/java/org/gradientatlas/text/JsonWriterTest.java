package org.gradientatlas.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The writer against Jackson 2.17's generator with the settings the data files were written with. */
class JsonWriterTest {

    /** Both writers side by side: every call goes to each. */
    private static final class Both {
        final JsonWriter mine;
        final JsonGenerator jackson;
        final StringWriter jacksonText = new StringWriter();

        Both(boolean arrayItemALine) throws IOException {
            mine = new JsonWriter(arrayItemALine);
            jackson = new JsonFactory().createGenerator(jacksonText);
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators
                    .createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
            printer.indentArraysWith(arrayItemALine ? new DefaultIndenter("  ", "\n")
                    : DefaultPrettyPrinter.NopIndenter.instance);
            jackson.setPrettyPrinter(printer);
        }

        String jacksonDocument() throws IOException {
            jackson.close();
            return jacksonText + "\n";
        }
    }

    @Test
    void escapesEveryCharacterAsJacksonDoes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xffff; c++) {
            all.append((char) c);
        }
        for (boolean arrayItemALine : new boolean[] {false, true}) {
            Both both = new Both(arrayItemALine);
            both.mine.startObject().name(all.toString()).string(all.toString()).endObject();
            both.jackson.writeStartObject();
            both.jackson.writeStringField(all.toString(), all.toString());
            both.jackson.writeEndObject();
            assertThat(both.mine.text()).isEqualTo(both.jacksonDocument());
        }
        assertThat(new JsonWriter(false).string("a\"\\\n\u0001\u001f\u007f\u2028é").text())
                .isEqualTo("\"a\\\"\\\\\\n\\u0001\\u001F\u007f\u2028é\"\n");
    }

    @Test
    void laysOutRandomDocumentsAsJacksonDoes() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        for (int document = 0; document < 400; document++) {
            Both both = new Both(document % 2 == 0);
            writeValue(both, random, 0);
            assertThat(both.mine.text()).as("document %d", document).isEqualTo(both.jacksonDocument());
        }
    }

    /** A random value: objects and arrays (often empty) nested up to five deep, strings, numbers, booleans, null. */
    private static void writeValue(Both both, SplittableRandom random, int depth) throws IOException {
        int kind = depth == 0 ? random.nextInt(2) : depth < 5 ? random.nextInt(6) : 2 + random.nextInt(4);
        switch (kind) {
            case 0 -> writeObject(both, random, depth);
            case 1 -> writeArray(both, random, depth);
            case 2 -> {
                long n = random.nextLong();
                both.mine.number(n);
                both.jackson.writeNumber(n);
            }
            case 3 -> {
                both.mine.number("1.5e-7");
                both.jackson.writeNumber("1.5e-7");
            }
            case 4 -> {
                both.mine.string("\t\"x\"");
                both.jackson.writeString("\t\"x\"");
            }
            default -> writeLiteral(both, random);
        }
    }

    private static void writeObject(Both both, SplittableRandom random, int depth) throws IOException {
        both.mine.startObject();
        both.jackson.writeStartObject();
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = "k" + random.nextInt(100);
            both.mine.name(name);
            both.jackson.writeFieldName(name);
            writeValue(both, random, depth + 1);
        }
        both.mine.endObject();
        both.jackson.writeEndObject();
    }

    private static void writeArray(Both both, SplittableRandom random, int depth) throws IOException {
        both.mine.startArray();
        both.jackson.writeStartArray();
        for (int i = random.nextInt(4); i > 0; i--) {
            writeValue(both, random, depth + 1);
        }
        both.mine.endArray();
        both.jackson.writeEndArray();
    }

    private static void writeLiteral(Both both, SplittableRandom random) throws IOException {
        if (random.nextBoolean()) {
            both.mine.nullValue();
            both.jackson.writeNull();
        } else {
            boolean value = random.nextBoolean();
            both.mine.bool(value);
            both.jackson.writeBoolean(value);
        }
    }

    @Test
    void refusesDocumentsThatAreNotWellFormed() {
        assertThatThrownBy(() -> new JsonWriter(false).startObject().string("v"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter(false).startArray().name("k"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter(false).startObject().endArray())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter(false).startObject().text())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new JsonWriter(false).nullValue().nullValue())
                .isInstanceOf(IllegalStateException.class);
    }
}
