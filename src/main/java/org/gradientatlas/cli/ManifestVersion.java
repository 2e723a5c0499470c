package org.gradientatlas.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven writes into the jar's manifest. */
final class ManifestVersion implements IVersionProvider {
    static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Gradient Atlas " + version()};
    }
}
