package org.inviteaudit.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.inviteaudit.classify.Classification;
import org.inviteaudit.classify.Reason;
import org.inviteaudit.classify.Verdict;
import org.inviteaudit.io.OurTemporaryFiles;
import org.inviteaudit.io.Utf8PrintWriter;
import org.inviteaudit.io.Utf8Writer;
import org.inviteaudit.reader.Connections.Acceptance;
import org.inviteaudit.reader.Direction;
import org.inviteaudit.reader.Invitation;
import org.inviteaudit.report.ClassifiedInvitation;
import org.inviteaudit.report.Listing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RenderedInvitationsTest {

    private static final String[] NOTES = {"", "Hi Ada, we met at the Lisbon meetup.", "Ciao!\nCome stai? \u00e8 \u00e0",
        "\u4f60\u597d\uff0c\u6211\u4eec\u5728\u4f1a\u8bae\u4e0a\u89c1\u8fc7", "Rocket \uD83D\uDE80 \"quoted\" \\ \t tab",
        "lone \uD800 surrogate"};

    /** Invitations of every verdict, direction and acceptance, with and without a date, notes of every script. */
    private static List<ClassifiedInvitation> invitations(int count) {
        List<ClassifiedInvitation> invitations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Verdict verdict = Verdict.values()[i % Verdict.values().length];
            Invitation invitation = new Invitation("exports/Invitations.csv", i + 2,
                    i % 2 == 0 ? Direction.RECEIVED : Direction.SENT, "Sender " + i, "Ada Byron",
                    i % 5 == 0 ? null : LocalDateTime.of(2026, 1 + i % 12, 1 + i % 28, 9, 30),
                    i % 5 == 0 ? "not a date" : "1/2/26, 9:30 AM", NOTES[i % NOTES.length],
                    i % 3 == 0 ? "" : "https://www.linkedin.com/in/sender-" + i, "");
            Classification classification = new Classification(verdict,
                    verdict.isOffender() ? List.of(Reason.NO_NOTE) : List.of(Reason.GREETS_BY_NAME,
                            Reason.SPECIFIC_DETAIL), i % 100);
            invitations.add(new ClassifiedInvitation(invitation, classification,
                    Acceptance.values()[i % Acceptance.values().length]));
        }
        return invitations;
    }

    private interface Arrays {
        void offenders(JsonGenerator json) throws IOException;

        void all(JsonGenerator json) throws IOException;
    }

    /** How the report's output takes text: as the command's, which takes UTF-8 bytes too, or as text alone. */
    enum Output {
        TAKES_BYTES {
            @Override
            PrintWriter writer(ByteArrayOutputStream bytes) {
                return new Utf8PrintWriter(bytes);
            }
        },
        TAKES_TEXT_ONLY {
            @Override
            PrintWriter writer(ByteArrayOutputStream bytes) {
                return new PrintWriter(new Utf8Writer(bytes));
            }
        };

        abstract PrintWriter writer(ByteArrayOutputStream bytes);
    }

    /** The two arrays in an object, as the JSON report has them, and as its output's bytes. */
    private static byte[] report(Arrays arrays, Output output) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = output.writer(bytes)) {
            try (JsonGenerator json = PrettyJson.generator(out)) {
                json.writeStartObject();
                json.writeArrayFieldStart("offenders");
                arrays.offenders(json);
                json.writeEndArray();
                json.writeArrayFieldStart("invitations");
                arrays.all(json);
                json.writeEndArray();
                json.writeEndObject();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] renderedInPlace(List<ClassifiedInvitation> invitations) throws IOException {
        return report(new Arrays() {
            @Override
            public void offenders(JsonGenerator json) throws IOException {
                for (ClassifiedInvitation invitation : invitations) {
                    if (invitation.verdict().isOffender()) {
                        InvitationJson.write(invitation, json);
                    }
                }
            }

            @Override
            public void all(JsonGenerator json) throws IOException {
                for (ClassifiedInvitation invitation : invitations) {
                    InvitationJson.write(invitation, json);
                }
            }
        }, Output.TAKES_TEXT_ONLY);
    }

    private static byte[] copied(List<ClassifiedInvitation> invitations, long memoryBudget, Output output)
            throws IOException {
        try (RenderedInvitations rendered = new RenderedInvitations(memoryBudget)) {
            for (ClassifiedInvitation invitation : invitations) {
                rendered.add(invitation);
            }
            return report(new Arrays() {
                @Override
                public void offenders(JsonGenerator json) throws IOException {
                    rendered.writeOffenders(json);
                }

                @Override
                public void all(JsonGenerator json) throws IOException {
                    rendered.writeAll(json);
                }
            }, output);
        }
    }

    /** Through either output, in memory or spilled, the bytes are those of rendering each in its place. */
    @ParameterizedTest
    @EnumSource(Output.class)
    void copiesTheBytesThatRenderingEachInItsPlaceWrites(Output output) throws IOException {
        for (int count : new int[] {0, 1, 2, 7, 300}) {
            List<ClassifiedInvitation> invitations = invitations(count);
            byte[] expected = renderedInPlace(invitations);
            assertThat(copied(invitations, Listing.MEMORY_BUDGET, output)).as("%d in memory", count)
                    .isEqualTo(expected);
            assertThat(copied(invitations, 1, output)).as("%d spilled at the first", count).isEqualTo(expected);
        }
        assertThat(new String(renderedInPlace(invitations(2)), StandardCharsets.UTF_8)).as("the layout compared")
                .contains("\"offenders\": [\n    {\n      \"source\": \"exports/Invitations.csv\",\n")
                .contains("\"reasons\": [\n        \"no-note\"\n      ],")
                .contains("    },\n    {\n");
    }

    /** The copy's flushes reach the report's generator alone: the output is flushed when the command says so. */
    @Test
    void leavesTheOutputUnflushedWhileCopying() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RenderedInvitations rendered = new RenderedInvitations(Listing.MEMORY_BUDGET);
                PrintWriter out = new Utf8PrintWriter(bytes);
                JsonGenerator json = PrettyJson.generator(out)) {
            json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            for (ClassifiedInvitation invitation : invitations(20)) {
                rendered.add(invitation);
            }
            json.writeStartObject();
            json.writeArrayFieldStart("invitations");
            rendered.writeAll(json);
            assertThat(bytes.size()).as("nothing handed to the stream yet: the writer's buffer holds it all")
                    .isZero();
            json.writeEndArray();
            json.writeEndObject();
        }
        assertThat(bytes.size()).isPositive();
    }

    @Test
    void deletesItsTemporaryFileWhenClosed() throws IOException {
        List<Path> before = OurTemporaryFiles.list();
        try (RenderedInvitations rendered = new RenderedInvitations(1)) {
            for (ClassifiedInvitation invitation : invitations(50)) {
                rendered.add(invitation);
            }
            assertThat(OurTemporaryFiles.list()).hasSize(before.size() + 1);
        }
        assertThat(OurTemporaryFiles.list()).containsExactlyInAnyOrderElementsOf(before);
    }
}
