package org.flashlight.cli;

import picocli.CommandLine;

/** Prints the software version from the jar manifest (the Maven project version). */
final class Version implements CommandLine.IVersionProvider {
    static String current() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"flashlight " + current()};
    }
}
