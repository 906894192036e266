package id.warta.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar's manifest; falls back when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"warta " + (version == null ? "development build" : version)};
    }
}
