package org.gradientatlas.cli;

import picocli.CommandLine.IVersionProvider;

/** The version Maven writes into build.properties (also there when run from target/classes). */
final class ManifestVersion implements IVersionProvider {
    static String version() {
        return org.gradientatlas.report.BuildProvenance.projectVersion();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Gradient Atlas " + version()};
    }
}
