package org.gradientatlas.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gradientatlas.Atlas;
import org.gradientatlas.RenderedFigure;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stale figures are recognised by their own markers, and nothing else in the directory is touched. */
class StaleFiguresTest {
    @TempDir
    Path dir;

    @Test
    void aRealFiguresSvgAndJsonAreBothRecognisedWhenNoRecipeMakesThemAnyMore() throws Exception {
        RenderedFigure figure = new Atlas().renderDefault(RecipeRegistry.find("tango-fig1").orElseThrow());
        Atlas.writeFigure(figure, dir);
        assertThat(StaleFigures.find(dir, List.of("other-figure")))
                .containsExactly(dir.resolve("tango-fig1.json"), dir.resolve("tango-fig1.svg"));
        assertThat(StaleFigures.find(dir, List.of("tango-fig1"))).isEmpty();
    }

    @Test
    void aStaleFiguresPngAndPdfGoWithIt() throws Exception {
        RenderedFigure figure = new Atlas().renderDefault(RecipeRegistry.find("perceptron-dataset").orElseThrow());
        Atlas.writeFigure(figure, dir);
        Files.write(dir.resolve("perceptron-dataset.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(dir.resolve("perceptron-dataset.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        assertThat(StaleFigures.remove(dir, List.of("other-figure"))).hasSize(4);
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aUsersOwnFilesAreNeverStale() throws Exception {
        Files.writeString(dir.resolve("notes.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.writeString(dir.resolve("data.json"), "{\"id\": \"something-else\"}");
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(dir.resolve("notes.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        // A JSON of the user's with an "id" of its own name is taken for ours, but its PNG is still left alone.
        Files.writeString(dir.resolve("logo.json"), "{\"id\": \"logo\"}");
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        StaleFigures.remove(dir, List.of());
        assertThat(dir.resolve("notes.svg")).exists();
        assertThat(dir.resolve("notes.pdf")).exists();
        assertThat(dir.resolve("photo.png")).exists();
        assertThat(dir.resolve("logo.png")).exists();
    }
}
