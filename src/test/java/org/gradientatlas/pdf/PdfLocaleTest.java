package org.gradientatlas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.gradientatlas.figure.Figure;
import org.gradientatlas.plot.FigurePainter;
import org.gradientatlas.plot.Theme;
import org.gradientatlas.recipe.RecipeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM started in ar_SA (-Duser.language/-Duser.country, as a user's machine sets it) writes a PDF with the
 * in-process writer (not through the CLI, which pins its locale), then the same under fa_IR, th_TH_TH and hi_IN: every
 * file is this JVM's root-locale file byte for byte, and a reader finds its objects through its table.
 */
class PdfLocaleTest {
    private static final String RECIPE = "tango-fig1";
    private static final List<String> THEN = List.of("fa-IR", "th-TH-u-nu-thai", "hi-IN");

    @TempDir
    Path dir;

    @Test
    void aPdfWrittenUnderLocalesWithOtherDigitsIsTheRootLocalesPdf() throws Exception {
        byte[] root = inRootLocale();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-Duser.language=ar", "-Duser.country=SA", "-cp",
                System.getProperty("java.class.path"), Writer.class.getName(), dir.toString()));
        command.addAll(THEN);
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).as("the child ran in ar_SA, whose digits are not ASCII")
                .startsWith("ar_SA " + String.format(Locale.forLanguageTag("ar-SA"), "%d", 0)).doesNotContain("ar_SA 0");
        for (String name : names()) {
            byte[] pdf = Files.readAllBytes(dir.resolve(name + ".pdf"));
            assertThat(pdf).as(name).isEqualTo(root);
            PdfReader reader = new PdfReader(pdf);
            assertThat(reader.isRebuilt()).as(name + ": objects found through the table").isFalse();
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
        }
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(List.of("startup"));
        names.addAll(THEN);
        return names;
    }

    private static byte[] inRootLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            return Writer.write();
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The child: one PDF in its startup locale, then one per locale tag given, one after another on one thread. */
    static final class Writer {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            System.out.println(Locale.getDefault() + " " + String.format("%d", 0));
            Files.write(dir.resolve("startup.pdf"), write());
            for (int i = 1; i < args.length; i++) {
                Locale.setDefault(Locale.forLanguageTag(args[i]));
                Files.write(dir.resolve(args[i] + ".pdf"), write());
            }
        }

        static byte[] write() {
            Figure figure = RecipeRegistry.find(RECIPE).orElseThrow().computeDefault();
            return new PdfFigureWriter(new FigurePainter(Theme.matplotlibLike())).write(figure);
        }
    }
}
