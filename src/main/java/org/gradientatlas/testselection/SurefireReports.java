package org.gradientatlas.testselection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** How a test class fared, read from the report Surefire writes for it: target/surefire-reports/TEST-class.xml. */
final class SurefireReports {
    enum Outcome { NOT_RUN, PASSED, NOT_PASSED }

    private final Path dir;

    SurefireReports(Path dir) {
        this.dir = dir;
    }

    /**
     * NOT_RUN when there is no report written at or after {@code sinceMillis}; PASSED when it counts at least one
     * test and none failed, erred or was skipped; else NOT_PASSED (a skipped test did not show that it passes).
     */
    Outcome of(String testClass, long sinceMillis) throws IOException {
        Path report = dir.resolve("TEST-" + testClass + ".xml");
        if (!Files.isRegularFile(report) || Files.getLastModifiedTime(report).toMillis() < sinceMillis) {
            return Outcome.NOT_RUN;
        }
        try (InputStream in = Files.newInputStream(report)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext() && xml.next() != XMLStreamReader.START_ELEMENT) {
                // up to the root element: <testsuite tests=".." failures=".." errors=".." skipped="..">
            }
            boolean passed = "testsuite".equals(xml.getLocalName()) && count(xml, "tests") > 0
                    && count(xml, "failures") == 0 && count(xml, "errors") == 0 && count(xml, "skipped") == 0;
            return passed ? Outcome.PASSED : Outcome.NOT_PASSED;
        } catch (XMLStreamException | IllegalStateException | NumberFormatException e) {
            return Outcome.NOT_PASSED; // cut short or unreadable: not a pass
        }
    }

    /** An attribute as a count; a missing one is -1, which no rule above takes for a pass. */
    private static int count(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? -1 : Integer.parseInt(value.trim());
    }
}
