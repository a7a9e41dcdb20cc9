package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's promises that hold without a browser; {@code HtmlPageIT} checks the page in one. */
class HtmlReportTest {

    private static final String HOSTILE = "src/test/resources/inputs/hostile.csv";

    @Test
    void allowsOnlyItsOwnStyleAndScriptByTheirHashes() throws Exception {
        String page = CliRun.of("--format", "html", "samples").out();
        Matcher policy = Pattern.compile("content=\"default-src 'none'; style-src '(sha256-[^']+)'; "
                + "script-src '(sha256-[^']+)'\"").matcher(page);
        assertThat(policy.find()).as("the Content-Security-Policy").isTrue();
        assertThat(policy.group(1)).isEqualTo(sha256(between(page, "<style>", "</style>")));
        assertThat(policy.group(2)).isEqualTo(sha256(between(page, "<script>", "</script>")));
    }

    @Test
    void loadsNothingFromAnywhere() {
        String page = CliRun.of("--format", "html", "--all", "samples").out();
        assertThat(page).doesNotContainPattern("(?i)<(link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)\\b(src|href)\\s*=")
                .doesNotContainPattern("(?i)url\\(")
                .containsOnlyOnce("<script>");
    }

    @Test
    void aNoteOrNameHoldingMarkupIsEscaped() {
        String page = CliRun.of("--format", "html", "--all", HOSTILE).out();
        assertThat(page).containsOnlyOnce("<script>")
                .contains("&lt;script&gt;window.pwned = 1&lt;/script&gt;")
                .contains("&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt;")
                .contains("Eve &lt;b&gt;Mallory&lt;/b&gt;", "Walter &lt;/td&gt; White")
                .doesNotContain("<b>", "<img");
    }

    @Test
    void redactionAppliesToEveryNameOnThePage() {
        String page = CliRun.of("--format", "html", "--redact", "--all", "samples").out();
        assertThat(page).doesNotContain("Robin Calloway", "Lena Hartmann", "Henrik Solberg", "linkedin.com/in/")
                .contains("R. C.", "L. H.");
    }

    @Test
    void anEmptyExportGivesAPageThatSaysSo() {
        CliRun run = CliRun.of("--format", "html", "src/test/resources/inputs/header-only.csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("There are no invitations in scope.", "No invitations to list.")
                .doesNotContain("<svg", "id=\"listing\"").endsWith("</html>\n");
    }

    @Test
    void theChartLeavesAGapForAMonthWithoutInvitations() {
        String page = CliRun.of("--format", "html", "--all", HOSTILE).out();
        // June 2025 to February 2026: nine months, five of them with invitations.
        assertThat(Pattern.compile("<rect class=\"mark\"").matcher(page).results().count()).isEqualTo(5);
        assertThat(page).contains("data-month=\"2025-06\"", "data-month=\"2025-08\"", "data-month=\"2026-02\"")
                .doesNotContain("data-month=\"2025-07\"")
                .contains("2025-08: 1 of 1 personal (100%)", "2026-02: 0 of 1 personal (0%)");
    }

    /** What one receives and what one writes are two shares: a chart each, and only for the directions in scope. */
    @Test
    void eachDirectionHasItsOwnMonthChart() {
        String both = CliRun.of("--format", "html", "samples").out();
        assertThat(both).contains("<h3>Invitations you received</h3>", "class=\"chart months-received\"",
                "<h3>Invitations you sent</h3>", "class=\"chart months-sent\"");
        String sent = CliRun.of("--format", "html", "--direction", "sent", "samples").out();
        assertThat(sent).contains("class=\"chart months-sent\"").doesNotContain("months-received");
    }

    /** On a phone each cell is a labelled line: a received invitation's card has no empty "accepted:" line. */
    @Test
    void aReceivedInvitationsAcceptedCellIsEmptyAndHiddenOnACard() {
        String page = CliRun.of("--format", "html", "--all", "samples").out();
        assertThat(page).contains("<td data-label=\"direction\">received</td>")
                .contains("<td data-label=\"accepted\"></td>")
                .contains(".listing td:empty { display: none; }");
    }

    /** A big export's page lists the newest invitations and says how many more there are, so that it opens. */
    @Test
    void aBigListingIsCutToTheNewestAndSaysHowToGetTheRest(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("From,To,Sent At,Message,Direction\n");
        int mostRows = 5_000; // HtmlRenderer.MOST_ROWS
        int rows = mostRows + 120;
        for (int i = 0; i < rows; i++) {
            csv.append("Sender ").append(i).append(",Robin Calloway,\"").append(i % 12 + 1).append('/')
                    .append(i % 28 + 1).append("/25, 9:00 AM\",,INCOMING\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), csv);
        String page = CliRun.of("--format", "html", "--template-min", "0", file.toString()).out();
        assertThat(Pattern.compile("<tr data-verdict=").matcher(page).results().count())
                .isEqualTo(mostRows);
        assertThat(page).contains("Offenders (5,120)", "5,000 shown",
                "The 5,000 newest are listed, and 120 more are not, so that the page opens at once; --format csv (or "
                        + "json) lists every one.")
                .contains("data-sort=\"2025-12-28T09:00\"").doesNotContain("data-sort=\"2025-01-01T09:00\"");
        assertThat(page.length()).isLessThan(4 << 20);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + Base64.getEncoder().encodeToString(digest);
    }
}
