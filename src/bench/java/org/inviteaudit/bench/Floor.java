package org.inviteaudit.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor of throughput: what reading an export and writing a line per invitation costs with the libraries
 * invite-audit uses, and nothing else. It parses the CSV with Commons CSV and writes each record's fields as a JSON
 * object per line with jackson-core. bench/run times invite-audit's {@code --format ndjson --all} against it.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get();
                JsonGenerator json = JsonFactory.builder().build()
                        .createGenerator(new BufferedOutputStream(System.out, 1 << 16))) {
            json.setRootValueSeparator(null);
            for (CSVRecord record : parser) {
                json.writeStartObject();
                for (String name : parser.getHeaderNames()) {
                    json.writeStringField(name, record.get(name));
                }
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }
}
