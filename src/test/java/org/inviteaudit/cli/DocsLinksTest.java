package org.inviteaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README and the docs it links to: every link to a file of the repository, or to a heading, leads somewhere. */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,4} (.+)$");

    @Test
    void everyLinkOfTheReadmeAndTheDocsLeadsToAFileAndAHeadingThatExist() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(5);
        int links = 0;
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                links++;
                int hash = target.indexOf('#');
                Path file = hash == 0 ? page : page.resolveSibling(hash < 0 ? target : target.substring(0, hash));
                assertThat(file).as(page + " links to " + target).exists();
                if (hash >= 0) {
                    assertThat(anchors(file)).as(page + " links to " + target).contains(target.substring(hash + 1));
                }
            }
        }
        assertThat(links).isGreaterThan(20);
    }

    /** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(Path page) throws IOException {
        List<String> anchors = new ArrayList<>();
        Matcher heading = HEADING.matcher(Files.readString(page));
        while (heading.find()) {
            anchors.add(heading.group(1).strip().toLowerCase().replaceAll("[^\\w\\- ]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
