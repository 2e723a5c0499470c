package org.gradientatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code render --format}: SVG, PNG at 2x and PDF, each the same bytes on every run; JSON always. */
class RenderFormatsTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = GradientAtlasCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void pngAndPdfBesideTheJsonAndTheSameOnEveryRun() throws Exception {
        String[] args = {"render", "steep-optima-trajectories", "--format", "png,PDF", "--out", ""};
        args[5] = dir.resolve("a").toString();
        assertThat(run(args)).isZero();
        args[5] = dir.resolve("b").toString();
        assertThat(run(args)).isZero();
        for (String name : new String[] {"steep-optima-trajectories.json", "steep-optima-trajectories.png",
            "steep-optima-trajectories.pdf"}) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
        }
        assertThat(dir.resolve("a/steep-optima-trajectories.svg")).doesNotExist();
        BufferedImage png = ImageIO.read(dir.resolve("a/steep-optima-trajectories.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1229); // 6.4 in = 460.8 pt at 8/3 px per pt (192 dpi)
        assertThat(png.getHeight()).isEqualTo(922);
    }

    @Test
    void svgIsTheDefaultAndMatchesTheGoldenFigure() throws Exception {
        assertThat(run("render", "steep-optima-trajectories", "--out", dir.toString())).isZero();
        assertThat(Files.readString(dir.resolve("steep-optima-trajectories.svg")))
                .isEqualTo(Files.readString(Path.of("figures/steep-optima-trajectories.svg")));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("render", "tango-fig1", "--format", "gif", "--out", dir.toString())).isEqualTo(2);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aSizePresetSetsTheSvgPdfAndPngSize() throws Exception {
        assertThat(run("render", "steep-optima-trajectories", "--size", "paper-column", "--format", "svg,pdf,png",
                "--out", dir.toString())).isZero();
        String svg = Files.readString(dir.resolve("steep-optima-trajectories.svg"));
        assertThat(svg).contains("width=\"237.6pt\"").contains("viewBox=\"0 0 297 222.75\"");
        String pdf = new String(Files.readAllBytes(dir.resolve("steep-optima-trajectories.pdf")),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("/MediaBox[0 0 237.6 178.2]");
        BufferedImage png = ImageIO.read(dir.resolve("steep-optima-trajectories.png").toFile());
        assertThat(png.getWidth()).isEqualTo(634); // 237.6 pt at 8/3 px per pt
    }

    @Test
    void anUnknownSizeIsAUsageError() {
        assertThat(run("render", "tango-fig1", "--size", "poster", "--out", dir.toString())).isEqualTo(2);
        assertThat(dir).isEmptyDirectory();
    }
}
