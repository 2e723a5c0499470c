package org.gradientatlas.preview;

import java.nio.file.Path;

/**
 * What the preview watches, serves and writes.
 *
 * @param classes   the compiled classes to watch (what an IDE or mvn compile writes)
 * @param templates the site's templates, read from this directory so that an edit shows at once
 * @param site      where the previewed site is written (a directory of its own)
 * @param figures   where good figures are also written, or null to leave every figures directory alone
 * @param port      the port on 127.0.0.1, or 0 for a free one
 * @param threads   figures rendered at once
 * @param version   the project version the pages show
 * @param commit    the commit the pages show
 */
public record PreviewOptions(Path classes, Path templates, Path site, Path figures, int port, int threads,
                             String version, String commit) {
}
