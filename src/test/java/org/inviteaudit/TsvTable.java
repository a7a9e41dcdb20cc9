package org.inviteaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tests' tables of labelled notes and expected verdicts: tab-separated, a header line first, lines starting with
 * # and blank lines left out; every row as wide as the header.
 */
public final class TsvTable {

    private TsvTable() {
    }

    /** The rows of a resource on the test class path, its header checked against the one given. */
    public static List<List<String>> read(String resource, String header) {
        try (InputStream in = TsvTable.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<List<String>> rows = new ArrayList<>();
            boolean first = true;
            int width = header.split("\t", -1).length;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (first) {
                    assertThat(line).as("header of " + resource).isEqualTo(header);
                    first = false;
                    continue;
                }
                List<String> row = List.of(line.split("\t", -1));
                assertThat(row).as("columns of: " + line).hasSize(width);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
