package app.temple.journal.web;

import app.temple.Http;
import app.temple.TempleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every /journal/... link written in an article resolves. Links to quizzes and courses are not checked here:
 * those pages arrive with their own steps.
 */
@TempleIntegrationTest
class JournalLinksIntegrationTest {

    private static final Pattern JOURNAL_LINK = Pattern.compile("\\]\\((/journal/[^)\\s#]*)");

    @LocalServerPort
    int port;

    @Test
    void everyInternalJournalLinkInEveryArticleResolves() throws IOException {
        TreeSet<String> links = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("content/journal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).toList()) {
                Matcher matcher = JOURNAL_LINK.matcher(Files.readString(file));
                while (matcher.find()) {
                    links.add(matcher.group(1));
                }
            }
        }
        assertThat(links).as("the articles link to each other").hasSizeGreaterThan(5);
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            int status = new Http(port).get(link).statusCode();
            if (status != 200) {
                broken.add(link + " -> " + status);
            }
        }
        assertThat(broken).as("broken /journal links").isEmpty();
    }
}
