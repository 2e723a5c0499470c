package org.gradientatlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import org.gradientatlas.report.BuildProvenance;
import org.junit.jupiter.api.Test;

/** CITATION.cff at the repository root: YAML in the Citation File Format 1.2.0 with the keys it requires. */
class CitationFileTest {
    @Test
    void citationFileIsCff120WithItsRequiredKeysAndTheProjectVersion() throws Exception {
        JsonNode cff = new ObjectMapper(new YAMLFactory()).readTree(Path.of("CITATION.cff").toFile());
        assertThat(cff.path("cff-version").asText()).isEqualTo("1.2.0");
        assertThat(cff.path("message").asText()).isNotBlank();
        assertThat(cff.path("title").asText()).isEqualTo("Gradient Atlas");
        assertThat(cff.path("authors").isArray()).isTrue();
        assertThat(cff.path("authors")).isNotEmpty().allSatisfy(author -> assertThat(
                author.hasNonNull("name") || author.hasNonNull("family-names")).as("author %s", author).isTrue());
        assertThat(cff.path("version").asText()).as("the pom's version").isEqualTo(BuildProvenance.projectVersion());
        assertThat(cff.path("license").asText()).isEqualTo("Apache-2.0");
        assertThat(cff.path("type").asText()).isEqualTo("software");
    }
}
