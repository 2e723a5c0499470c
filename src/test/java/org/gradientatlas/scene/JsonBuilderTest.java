package org.gradientatlas.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonBuilderTest {
    @Test
    void writesCompactJsonThatCanSitInAScriptElement() {
        JsonBuilder json = new JsonBuilder().beginObject().key("a").numbers(new double[] {0.1, 1e21, -0.0, Double.NaN})
                .key("b").value("say \"</script>\"\n\u0001").key("c").beginArray().value(true).value(3).endArray()
                .key("d").beginObject().endObject().key("e").strings(new String[] {null, "x"}).endObject();
        assertThat(json.text()).isEqualTo("{\"a\":[0.1,1e+21,-0,null],\"b\":\"say \\\"<\\/script>\\\"\\u000a\\u0001\","
                + "\"c\":[true,3],\"d\":{},\"e\":[null,\"x\"]}");
    }

    @Test
    void refusesToEndWithAnOpenObject() {
        JsonBuilder json = new JsonBuilder().beginObject().key("a").beginArray();
        assertThatThrownBy(json::text).hasMessageContaining("2 unclosed");
    }
}
