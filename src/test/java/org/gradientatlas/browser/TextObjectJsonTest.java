package org.gradientatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's parameters object, read without a JSON library (the engine runs in the browser). */
class TextObjectJsonTest {
    @Test
    void readsWhatJavaScriptsStringifyWritesInOrder() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("learningRate", "0.1");
        values.put("q\"uo\\te", "tab\there, new\nline, é, \u0001, 😀");
        values.put("empty", "");
        String json = new ObjectMapper().writeValueAsString(values);
        assertThat(TextObjectJson.parse(json)).containsExactlyEntriesOf(values);
        assertThat(TextObjectJson.parse(" {\n \"a\" : \"\\u0041\\/\" } ")).containsExactlyEntriesOf(Map.of("a", "A/"));
        assertThat(TextObjectJson.parse("{}")).isEmpty();
    }

    @Test
    void rejectsAnythingButAnObjectOfTexts() {
        for (String bad : new String[] {"", "[]", "{\"a\": 1}", "{\"a\": \"1\",}", "{\"a\": \"1\"} x", "{\"a\" \"1\"}",
                "{\"a\": \"1\"", "{\"a\": \"\\x\"}", "{\"a\": \"\\u12\"}", "{\"a\": \"line\nend\"}", "null"}) {
            assertThatThrownBy(() -> TextObjectJson.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("the parameters are not a JSON object of texts (");
        }
        assertThatThrownBy(() -> TextObjectJson.parse("{\"a\": \"1\", \"a\": \"2\"}"))
                .hasMessageContaining("the parameter 'a' is given twice");
    }

    @Test
    void quotedStringsReadBackUnchanged() throws Exception {
        String text = "\"\\/\u0000\u001f\u007f\b\f\n\r\t 😀 </script>";
        assertThat(new ObjectMapper().readValue(JsonString.quote(text), String.class)).isEqualTo(text);
        assertThat(TextObjectJson.parse("{" + JsonString.quote(text) + ": \"v\"}")).containsOnlyKeys(text);
    }
}
