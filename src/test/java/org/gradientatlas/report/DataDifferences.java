package org.gradientatlas.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where two data files differ, as people need it when the browser's numbers are not the JVM's: each differing value
 * with its path (series/sgd/w1[17]), both values and the distance in units in the last place.
 */
final class DataDifferences {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 8;

    private DataDifferences() {
    }

    /** "" when the texts are equal, else a description of the first differences and how many there are. */
    static String describe(String jvm, String browser) throws Exception {
        if (jvm.equals(browser)) {
            return "";
        }
        List<String> found = new ArrayList<>();
        walk("", JSON.readTree(jvm), JSON.readTree(browser), found);
        if (found.isEmpty()) {
            return "same values, different text (layout or number spelling)";
        }
        return found.size() + " values differ, e.g. " + String.join("; ", found.subList(0, Math.min(SHOWN,
                found.size())));
    }

    private static void walk(String path, JsonNode jvm, JsonNode browser, List<String> found) {
        if (jvm.isNumber() && browser.isNumber()) {
            double a = jvm.asDouble();
            double b = browser.asDouble();
            if (Double.doubleToLongBits(a) != Double.doubleToLongBits(b)) {
                found.add(String.format(Locale.ROOT, "%s: JVM %s, browser %s (%d ulp)", path, jvm, browser,
                        Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b))));
            }
        } else if (jvm.isArray() && browser.isArray() && jvm.size() == browser.size()) {
            for (int i = 0; i < jvm.size(); i++) {
                walk(path + "[" + i + "]", jvm.get(i), browser.get(i), found);
            }
        } else if (jvm.isObject() && browser.isObject() && jvm.size() == browser.size()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = jvm.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode other = browser.get(field.getKey());
                if (other == null) {
                    found.add(path + "/" + field.getKey() + ": missing in the browser's");
                } else {
                    walk(path + "/" + field.getKey(), field.getValue(), other, found);
                }
            }
        } else if (!jvm.equals(browser)) {
            found.add(path + ": JVM " + abbreviated(jvm) + ", browser " + abbreviated(browser));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
