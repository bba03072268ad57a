package io.tradewatch.testsupport.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/events.md} and the contract from drifting apart: the summary, the dead-letter table and
 * the body tables of the page are generated from {@code asyncapi.yaml}. When they differ, the regenerated
 * page is written to {@code test-support/target/events.md}, so fixing the page is one copy.
 */
class EventsDocumentationTests {

    private final EventsMarkdown markdown = new EventsMarkdown(EventContract.load());

    @Test
    void eventsPageHoldsTheTextGeneratedFromTheContract() throws IOException {
        Path page = locate();
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int begin = text.indexOf(EventsMarkdown.BEGIN);
        int end = text.indexOf(EventsMarkdown.END);
        assertThat(begin).as("docs/events.md has the marker %s", EventsMarkdown.BEGIN).isNotNegative();
        assertThat(end).as("docs/events.md has the marker %s", EventsMarkdown.END).isGreaterThan(begin);
        String current = text.substring(begin, end + EventsMarkdown.END.length() + 1);
        String generated = markdown.generate();
        if (!current.equals(generated)) {
            Path regenerated = Path.of("target", "events.md");
            Files.createDirectories(regenerated.getParent());
            Files.writeString(regenerated, text.substring(0, begin) + generated
                    + text.substring(end + EventsMarkdown.END.length() + 1), StandardCharsets.UTF_8);
        }
        assertThat(current)
            .as("docs/events.md differs from the text generated from %s; the regenerated page is %s: "
                    + "cp %s %s", EventContract.LOCATION, Path.of("target", "events.md").toAbsolutePath(),
                    Path.of("target", "events.md").toAbsolutePath(), page)
            .isEqualTo(generated);
    }

    @Test
    void summaryNamesOnlyTheRiskManagerAsConsumerOfCancellations() {
        String cancelled = markdown.generate()
            .lines()
            .filter(line -> line.startsWith("| `order.cancelled` |"))
            .findFirst()
            .orElseThrow();
        assertThat(cancelled).contains("risk-manager (`risk-manager.fills`)")
            .doesNotContain("strategy")
            .doesNotContain("alert-system");
    }

    private static Path locate() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            Path candidate = directory.resolve("docs/events.md");
            if (Files.exists(candidate)) {
                return candidate;
            }
            directory = directory.getParent();
        }
        throw new AssertionError("docs/events.md not found above " + Path.of("").toAbsolutePath());
    }
}
