package org.inviteaudit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it, in a real headless Chromium: the charts, the filters and the sorting work,
 * a hostile note stays text, and the page is not blank at a desktop's width nor wider than a phone's. Needs
 * Chromium (Debian's chromium, which .ci/run installs); where there is none, it says so and skips. Screenshots are
 * left in target/browser/ to look at.
 */
class HtmlPageIT {

    private static final Path JAR = Path.of("target", "invite-audit.jar");
    private static final Path SHOTS = Path.of("target", "browser");
    private static final String HOSTILE = "src/test/resources/inputs/hostile.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    private static Chromium chromium;

    @BeforeAll
    static void startChromium() throws IOException {
        Optional<Path> executable = Chromium.executable();
        assumeTrue(executable.isPresent(), "no Chromium at /usr/bin/chromium (nor INVITE_AUDIT_CHROMIUM): the "
                + "browser tests of the HTML report are skipped; install Debian's chromium to run them");
        chromium = Chromium.start(executable.get(), Files.createDirectories(work.resolve("chromium")));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A chart for each direction, a visible mark for each month with invitations of that direction. */
    @Test
    void eachDirectionsChartHasOneMarkPerMonthWithInvitations() throws Exception {
        Chromium.Tab tab = open(page("samples-chart", "samples"), 1100);
        for (String direction : new String[] {"received", "sent"}) {
            JsonNode months = audit("--format", "json", "--by", "month", "--direction", direction, "samples")
                    .get("periods").get("counts");
            JsonNode marks = tab.evaluate("Array.from(document.querySelectorAll('svg.months-" + direction
                    + " rect.mark')).map(mark => mark.dataset.month + ' ' + (mark.getBBox().height > 0))");
            List<String> expected = new ArrayList<>();
            months.forEach(month -> expected.add(month.get("period").asText() + " true"));
            assertThat(expected).as(direction).hasSizeGreaterThan(1);
            assertThat(texts(marks)).as(direction).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theFiltersNarrowTheTable() throws Exception {
        JsonNode offenders = audit("--format", "json", "samples").get("offenders");
        long generic = count(offenders, "generic", null);
        long massTemplates = count(offenders, "generic", "mass-template");
        assertThat(massTemplates).isPositive().isLessThan(generic);
        Chromium.Tab tab = open(page("samples-filter", "samples"), 1100);
        assertThat(tab.evaluate(VISIBLE_ROWS).asLong()).isEqualTo(offenders.size());

        tab.evaluate(choose("filter-verdict", "generic"));
        assertThat(tab.evaluate(VISIBLE_ROWS).asLong()).isEqualTo(generic);
        assertThat(texts(tab.evaluate(VISIBLE_VERDICTS))).containsOnly("generic");
        assertThat(tab.evaluate("document.getElementById('shown').value").asText())
                .isEqualTo(generic + " of " + offenders.size() + " shown");

        tab.evaluate(choose("filter-reason", "mass-template"));
        assertThat(tab.evaluate(VISIBLE_ROWS).asLong()).isEqualTo(massTemplates);

        tab.evaluate(choose("filter-verdict", ""));
        tab.evaluate(choose("filter-reason", ""));
        tab.evaluate("(() => { const words = document.getElementById('filter-words'); words.value = 'devopsdays';"
                + " words.dispatchEvent(new Event('input')); return true; })()");
        assertThat(tab.evaluate(VISIBLE_ROWS).asLong()).isEqualTo(massTemplates);
    }

    @Test
    void aClickOnAHeadingSortsTheTable() throws Exception {
        Chromium.Tab tab = open(page("samples-sort", "samples"), 1100);
        String dates = "Array.from(document.querySelectorAll('#listing tbody tr'))"
                + ".map(row => row.cells[0].dataset.sort)";
        String clickDate = "document.querySelector('#listing thead th button').click(); true";
        tab.evaluate(clickDate);
        List<String> ascending = texts(tab.evaluate(dates));
        assertThat(ascending).hasSizeGreaterThan(10).isSorted();
        tab.evaluate(clickDate);
        List<String> descending = texts(tab.evaluate(dates));
        assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(tab.evaluate("document.querySelector('#listing thead th').getAttribute('aria-sort')").asText())
                .isEqualTo("descending");
    }

    @Test
    void aHostileNoteIsShownAsText() throws Exception {
        Chromium.Tab tab = open(page("hostile", "--all", HOSTILE), 1100);
        assertThat(tab.evaluate("typeof window.pwned").asText()).isEqualTo("undefined");
        assertThat(tab.evaluate("document.scripts.length").asInt()).isEqualTo(1);
        assertThat(tab.evaluate("document.images.length + document.querySelectorAll('b').length").asInt())
                .isZero();
        assertThat(texts(tab.evaluate("Array.from(document.querySelectorAll('#listing td.note'))"
                + ".map(cell => cell.textContent)")))
                .contains("<script>window.pwned = 1</script>Hi there, let's connect!");
        assertThat(texts(tab.evaluate("Array.from(document.querySelectorAll('#listing td.who'))"
                + ".map(cell => cell.textContent)")))
                .contains("Eve <b>Mallory</b>", "Walter </td> White");
    }

    @Test
    void thePageIsNotBlankAndFitsAPhone() throws Exception {
        Path page = page("samples-look", "samples");
        Chromium.Tab desktop = open(page, 1100);
        byte[] png = desktop.screenshot();
        Files.write(SHOTS.resolve("samples-1100.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1100);
        assertThat(image.getHeight()).isGreaterThan(1000);
        int background = image.getRGB(0, 0);
        long inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    inked++;
                }
            }
        }
        long sampled = (long) ((image.getWidth() + 1) / 2) * ((image.getHeight() + 1) / 2);
        assertThat(inked).as("pixels not of the background").isGreaterThan(sampled / 50);
        assertThat(colours).as("colours: text, the verdicts' colours, the charts").hasSizeGreaterThan(50);

        Chromium.Tab phone = open(page, 390);
        Files.write(SHOTS.resolve("samples-390.png"), phone.screenshot());
        assertThat(phone.evaluate("document.documentElement.scrollWidth").asInt()).as("page width at 390px")
                .isLessThanOrEqualTo(390);
        assertThat(phone.evaluate("Array.from(document.querySelectorAll('.scroll'))"
                + ".every(table => table.scrollWidth <= table.clientWidth)").asBoolean())
                .as("the count tables fit without scrolling").isTrue();
        assertThat(texts(phone.evaluate("Array.from(document.querySelectorAll('#listing tbody tr, table.groups "
                + "tbody tr')).map(row => getComputedStyle(row).display)"))).as("rows as cards").containsOnly("block");
    }

    @Test
    void inPrintTheControlsAreHiddenAndEveryRowAndTableShows() throws Exception {
        Chromium.Tab tab = open(page("samples-print", "samples"), 1100);
        tab.evaluate(choose("filter-verdict", "generic"));
        tab.media("print");
        assertThat(tab.evaluate("getComputedStyle(document.getElementById('filters')).display").asText())
                .isEqualTo("none");
        assertThat(tab.evaluate(VISIBLE_ROWS).asLong())
                .isEqualTo(audit("--format", "json", "samples").get("offenders").size());
        assertThat(tab.evaluate("document.querySelector('details').open").asBoolean()).isFalse();
        tab.evaluate("window.dispatchEvent(new Event('beforeprint')); true");
        assertThat(tab.evaluate("document.querySelector('details').open").asBoolean())
                .as("the counts by month, folded on screen, open to print").isTrue();
        tab.evaluate("window.dispatchEvent(new Event('afterprint')); true");
        assertThat(tab.evaluate("document.querySelector('details').open").asBoolean()).isFalse();
    }

    private static final String VISIBLE_ROWS = "Array.from(document.querySelectorAll('#listing tbody tr'))"
            + ".filter(row => row.getClientRects().length > 0).length";
    private static final String VISIBLE_VERDICTS = "Array.from(document.querySelectorAll('#listing tbody tr'))"
            + ".filter(row => row.getClientRects().length > 0).map(row => row.dataset.verdict)";

    /** Chooses an option of a select as a person does, with the change event the page listens for. */
    private static String choose(String select, String value) {
        return "(() => { const select = document.getElementById('" + select + "'); select.value = '" + value
                + "'; select.dispatchEvent(new Event('change')); return true; })()";
    }

    private static Chromium.Tab open(Path page, int width) throws IOException {
        return chromium.open(page.toUri(), width, 900);
    }

    private static long count(JsonNode invitations, String verdict, String reason) {
        long count = 0;
        for (JsonNode invitation : invitations) {
            boolean hasReason = reason == null;
            for (JsonNode each : invitation.get("reasons")) {
                hasReason |= each.asText().equals(reason);
            }
            if (invitation.get("verdict").asText().equals(verdict) && hasReason) {
                count++;
            }
        }
        return count;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The HTML report of the arguments, written by the built jar as a user would. */
    private static Path page(String name, String... args) throws IOException, InterruptedException {
        Path page = work.resolve(name + ".html");
        List<String> command = new ArrayList<>(List.of("--format", "html", "--output", page.toString()));
        command.addAll(List.of(args));
        run(command);
        return page;
    }

    private static JsonNode audit(String... args) throws IOException, InterruptedException {
        return JSON.readTree(run(List.of(args)));
    }

    private static String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit code of invite-audit " + args).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
