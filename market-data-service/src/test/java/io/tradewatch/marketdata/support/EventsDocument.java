package io.tradewatch.marketdata.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The body tables of this service's section of {@code docs/events.md}, read from the file itself, and a
 * check of a real message body against one of them: the same field set, and each value of the documented
 * JSON type and format ({@code uuid}, {@code instant}, {@code decimal}, {@code symbol}, {@code text}, or
 * back-quoted allowed values).
 */
public final class EventsDocument {

    private static final String SECTION = "## market-data-service";

    private static final Pattern BACKQUOTED = Pattern.compile("`([^`]+)`");

    private final Map<String, Map<String, Field>> bodies;

    private EventsDocument(Map<String, Map<String, Field>> bodies) {
        this.bodies = bodies;
    }

    public static EventsDocument load() {
        Path path = locate();
        try {
            return new EventsDocument(parse(Files.readAllLines(path)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The documented fields of the body of {@code type}, in document order. */
    public Map<String, Field> body(String type) {
        Map<String, Field> fields = bodies.get(type);
        if (fields == null) {
            throw new AssertionError("docs/events.md has no table 'Body of `" + type + "`' in " + SECTION);
        }
        return fields;
    }

    /** Every way {@code json} departs from the documented body of {@code type}; empty when it matches. */
    public List<String> violations(String type, JsonNode json) {
        Map<String, Field> fields = body(type);
        List<String> problems = new ArrayList<>();
        Collection<String> present = json.propertyNames();
        for (String name : present) {
            if (!fields.containsKey(name)) {
                problems.add("undocumented field '" + name + "'");
            }
        }
        fields.forEach((name, field) -> {
            JsonNode value = json.get(name);
            if (value == null) {
                problems.add("missing field '" + name + "'");
            }
            else {
                field.check(value).ifPresent(problem -> problems.add("'" + name + "' " + problem));
            }
        });
        return problems;
    }

    private static Map<String, Map<String, Field>> parse(List<String> lines) {
        Map<String, Map<String, Field>> bodies = new LinkedHashMap<>();
        boolean inSection = false;
        Map<String, Field> current = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.trim().equals(SECTION);
                current = null;
            }
            else if (inSection && line.startsWith("#### Body of `")) {
                current = new LinkedHashMap<>();
                bodies.put(line.substring(line.indexOf('`') + 1, line.lastIndexOf('`')), current);
            }
            else if (inSection && current != null && line.startsWith("| `")) {
                Field field = Field.of(line);
                current.put(field.name(), field);
            }
        }
        return bodies;
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

    /** One documented field: its JSON type ({@code string}, {@code integer}, {@code string or null}, ...) and format. */
    public record Field(String name, String type, String format, List<String> allowed) {

        static Field of(String row) {
            String[] cells = Arrays.stream(row.split("\\|")).map(String::trim).toArray(String[]::new);
            String name = cells[1].replace("`", "");
            List<String> allowed = new ArrayList<>();
            Matcher matcher = BACKQUOTED.matcher(cells[3]);
            while (matcher.find()) {
                allowed.add(matcher.group(1));
            }
            return new Field(name, cells[2], allowed.isEmpty() ? cells[3] : "", allowed);
        }

        Optional<String> check(JsonNode value) {
            if (value.isNull()) {
                return type.endsWith("or null") ? Optional.empty()
                        : Optional.of("is null but documented as " + type);
            }
            String base = type.replace(" or null", "");
            boolean typed = switch (base) {
                case "string" -> value.isString();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                default -> throw new AssertionError("unknown JSON type '" + type + "' documented for " + name);
            };
            if (!typed) {
                return Optional.of("is " + value.getNodeType() + ", documented as " + type);
            }
            String text = value.isString() ? value.stringValue() : value.toString();
            if (!allowed.isEmpty()) {
                return allowed.contains(text) ? Optional.empty()
                        : Optional.of("is '" + text + "', documented values " + allowed);
            }
            return formatProblem(text);
        }

        private Optional<String> formatProblem(String text) {
            boolean ok = switch (format) {
                case "uuid" -> isUuid(text);
                case "instant" -> isInstant(text);
                case "decimal" -> text.matches("\\d+(\\.\\d+)?") && new BigDecimal(text).signum() > 0;
                case "symbol" -> text.matches("[A-Z0-9]{2,24}");
                case "text", "" -> true;
                default -> throw new AssertionError("unknown format '" + format + "' documented for " + name);
            };
            return ok ? Optional.empty() : Optional.of("'" + text + "' is not a valid " + format);
        }

        private static boolean isUuid(String text) {
            try {
                return UUID.fromString(text).toString().equals(text);
            }
            catch (IllegalArgumentException ex) {
                return false;
            }
        }

        private static boolean isInstant(String text) {
            try {
                Instant.parse(text);
                return text.endsWith("Z");
            }
            catch (DateTimeParseException ex) {
                return false;
            }
        }
    }
}
