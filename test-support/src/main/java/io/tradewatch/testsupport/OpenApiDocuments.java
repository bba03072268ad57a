package io.tradewatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed OpenAPI documents under {@code docs/openapi/} and the check that a served document is still the
 * committed one. Documents are compared in one canonical form (keys sorted, indented), so only a change of
 * content shows; a differing document is written under {@code target/openapi/} for review and copying.
 */
public final class OpenApiDocuments {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();

    private OpenApiDocuments() {
    }

    /** The JSON document with its object keys sorted and indented, ending in a newline. */
    public static String canonical(String json) {
        Object tree = CANONICAL.readValue(json, Object.class);
        return CANONICAL.writeValueAsString(tree) + "\n";
    }

    /** {@code docs/openapi/<name>.json} of the repository this module is built in. */
    public static Path committed(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs/openapi"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("No docs/openapi directory above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("docs/openapi/" + name + ".json");
    }

    /**
     * Asserts that {@code servedJson} is the committed document {@code name}; the served one is written to
     * {@code target/openapi/<name>.json} first, so the failure's diff is between two files and updating the
     * committed one is one copy.
     */
    public static void assertIsCommitted(String name, String servedJson) {
        Path committed = committed(name);
        Path served = Path.of("target/openapi/" + name + ".json").toAbsolutePath();
        try {
            Files.createDirectories(served.getParent());
            Files.writeString(served, canonical(servedJson));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        assertThat(committed).as("the committed OpenAPI document of %s; to accept the served one: cp %s %s", name,
                served, committed).exists();
        assertThat(served).as("the OpenAPI document served by %s differs from the committed one: review the diff,"
                + " then accept it with: cp %s %s", name, served, committed).hasSameTextualContentAs(committed);
    }
}
