package org.gradientatlas.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/** FreeMarker set up for reproducible, auto-escaped HTML: fixed locale and time zone, computer number format. */
public final class Templates {
    private Templates() {
    }

    public static Configuration configuration() {
        return configuration(new ClassTemplateLoader(Templates.class, "/templates"));
    }

    /** Templates read from a directory (the live preview's templates/), each read afresh by a new configuration. */
    public static Configuration configuration(Path dir) {
        try {
            return configuration(new FileTemplateLoader(dir.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Configuration configuration(TemplateLoader loader) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_33);
        config.setTemplateLoader(loader);
        config.setDefaultEncoding(StandardCharsets.UTF_8.name());
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        return config;
    }
}
