package io.tradewatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's Markdown points at files that exist in it. A relative link must name a file inside the
 * repository; a web link must not stand for one of the repository's own files (a copy on a web site goes
 * stale); and {@code docs/architecture.md}, which describes the code, links and names only the
 * repository's files.
 */
class DocumentationLinksTests {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");

    /** A code span that names a file by its path: at least one directory and a file name with an extension. */
    private static final Pattern FILE_PATH = Pattern.compile("(\\.{1,2}/)*[\\w.-]+(/[\\w.-]+)+\\.[a-z]{1,10}");

    private static final Path ARCHITECTURE = Path.of("docs", "architecture.md");

    private final Path root = DeployPaths.root().toAbsolutePath().normalize();

    @Test
    void everyRelativeLinkNamesAFileInTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path doc : markdown()) {
            for (String target : links(doc)) {
                if (!target.startsWith("#") && !isWeb(target) && !target.startsWith("mailto:")
                        && resolve(doc, target.split("#", 2)[0]) == null) {
                    broken.add(root.relativize(doc) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to files that are not in the repository").isEmpty();
    }

    @Test
    void noWebLinkStandsForAFileOfTheRepository() {
        List<String> meantLocal = new ArrayList<>();
        for (Path doc : markdown()) {
            links(doc).stream()
                .filter(DocumentationLinksTests::isWeb)
                .filter(this::namesARepositoryFile)
                .forEach(target -> meantLocal.add(root.relativize(doc) + " -> " + target));
        }
        assertThat(meantLocal).as("web links to the repository's own files: link the file relatively").isEmpty();
    }

    @Test
    void theArchitecturePageLinksAndNamesOnlyFilesInTheRepository() {
        Path doc = root.resolve(ARCHITECTURE);
        List<String> outside = new ArrayList<>();
        for (String target : links(doc)) {
            if (isWeb(target) || (!target.startsWith("#") && resolve(doc, target.split("#", 2)[0]) == null)) {
                outside.add(target);
            }
        }
        Matcher code = CODE.matcher(withoutFences(read(doc)));
        while (code.find()) {
            String path = code.group(1);
            if (FILE_PATH.matcher(path).matches() && resolve(doc, path) == null
                    && inside(root.resolve(path).normalize()) == null) {
                outside.add(path);
            }
        }
        assertThat(outside).as("what docs/architecture.md links or names outside the repository").isEmpty();
    }

    @Test
    void theChecksSeeWhatTheyCheck() {
        Path doc = root.resolve(ARCHITECTURE);
        assertThat(links(doc)).as("links found in docs/architecture.md").contains("events.md", "metrics.md");
        assertThat(resolve(doc, "events.md")).isEqualTo(root.resolve("docs/events.md"));
        assertThat(resolve(doc, "missing.md")).isNull();
        assertThat(resolve(doc, "../../etc/hostname")).as("a path that leaves the repository").isNull();
        assertThat(namesARepositoryFile("https://github.com/example/tradewatch/blob/main/docs/events.md")).isTrue();
        assertThat(namesARepositoryFile("https://github.com/reactor/reactor-netty/issues/4361")).isFalse();
        assertThat(FILE_PATH.matcher("../shared/design/ARCHITECTURE.md").matches()).isTrue();
    }

    private List<Path> markdown() {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> docs = files.filter(file -> file.getFileName().toString().endsWith(".md"))
                .filter(file -> !root.relativize(file).toString().matches("(.*/)?(target|node_modules|\\.[^/]+)/.*"))
                .sorted()
                .toList();
            assertThat(docs).as("Markdown files of the repository").contains(root.resolve(ARCHITECTURE),
                    root.resolve("README.md"));
            return docs;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> links(Path doc) {
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(withoutFences(read(doc)));
        while (link.find()) {
            targets.add(link.group(1));
        }
        return targets;
    }

    /** The file a link or path of {@code doc} names, relative to the document; null unless it is in the repository. */
    private Path resolve(Path doc, String target) {
        if (target.isEmpty()) {
            return doc;
        }
        return inside(doc.getParent().resolve(target).normalize());
    }

    private Path inside(Path file) {
        return (file.startsWith(root) && Files.exists(file)) ? file : null;
    }

    /** Whether the web address ends with the path (two segments or more) of a file of this repository. */
    private boolean namesARepositoryFile(String url) {
        String[] segments = URI.create(url).getPath().replaceAll("^/+", "").split("/");
        for (int start = 0; start + 2 <= segments.length; start++) {
            Path candidate = root.resolve(String.join("/", List.of(segments).subList(start, segments.length))).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWeb(String target) {
        return target.startsWith("http://") || target.startsWith("https://");
    }

    private static String withoutFences(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }

    private static String read(Path doc) {
        try {
            return Files.readString(doc);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
