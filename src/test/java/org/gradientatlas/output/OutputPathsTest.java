package org.gradientatlas.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Output file names resolve inside the output directory or are refused. */
class OutputPathsTest {
    private final Path dir = Path.of("target", "out");

    @ParameterizedTest
    @ValueSource(strings = {"tango-fig1.svg", "a.thumb.png", "fig-sgd.csv", "..svg"})
    void plainNamesResolveInsideTheDirectory(String name) {
        assertThat(OutputPaths.inside(dir, name)).isEqualTo(dir.resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.svg", "/etc/escape.svg", "sub/x.svg", "..", ".", "", "a/../../x.svg",
        "..\\x.svg"})
    void namesThatCouldLeaveTheDirectoryAreRefused(String name) {
        assertThatThrownBy(() -> OutputPaths.inside(dir, name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to write '" + name + "'");
    }
}
