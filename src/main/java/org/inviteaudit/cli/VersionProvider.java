package org.inviteaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version comes from the build (version.properties is filtered by Maven), never from a literal in the code. */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the application");
            }
            properties.load(in);
        }
        return new String[] {"invite-audit " + properties.getProperty("version", "unknown")};
    }
}
