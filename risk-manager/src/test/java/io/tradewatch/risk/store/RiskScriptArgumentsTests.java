package io.tradewatch.risk.store;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each risk script's header comment declares its {@code KEYS} and {@code ARGV} ("ARGV: 1 event id, 2 order id");
 * the script's argument record must pass exactly those, in that order. The record is built with every component
 * holding its own name, so {@code argv()} shows which component went where.
 */
class RiskScriptArgumentsTests {

    private static final Pattern ITEM = Pattern.compile("(\\d+) ([A-Za-z][A-Za-z ]*?)\\s*(?=,|;|$)");

    static Stream<Class<?>> records() {
        return Arrays.stream(RiskScriptArguments.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachRecordPassesTheKeysAndArgumentsItsScriptDeclaresInTheirOrder(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] names = Arrays.stream(components).map(RecordComponent::getName).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        RiskScriptArguments arguments = (RiskScriptArguments) type.getDeclaredConstructor(types).newInstance(names);
        String resource = arguments.script().resource();
        String header = header(resource);

        List<String> keys = declared(section(header, "KEYS:", "ARGV:"));
        List<String> argv = declared(section(header, "ARGV:", "Returns"));

        assertThat(keys).as("KEYS of %s", resource).containsExactly("keyPrefix");
        assertThat(arguments.keys("keyPrefix")).as("KEYS of %s", resource).containsExactlyElementsOf(keys);
        assertThat(argv).as("ARGV of %s", resource).isNotEmpty();
        assertThat(Arrays.asList(arguments.argv())).as("ARGV of %s", resource).containsExactlyElementsOf(argv);
        assertThat(components).as("components of %s", type.getSimpleName()).hasSize(argv.size());
    }

    @Test
    void everyScriptHasExactlyOneArgumentRecord() {
        Set<RiskScripts.Script> covered = EnumSet.noneOf(RiskScripts.Script.class);
        records().forEach(type -> {
            try {
                RecordComponent[] components = type.getRecordComponents();
                Object[] blanks = new Object[components.length];
                Arrays.fill(blanks, "");
                Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
                RiskScripts.Script script = ((RiskScriptArguments) type.getDeclaredConstructor(types)
                    .newInstance(blanks)).script();
                assertThat(covered.add(script)).as("%s has a second record %s", script, type).isTrue();
            }
            catch (ReflectiveOperationException ex) {
                throw new AssertionError(ex);
            }
        });
        assertThat(covered).containsExactlyInAnyOrder(RiskScripts.Script.values());
    }

    /** The leading comment block of a script, as one line. */
    private static String header(String script) throws IOException {
        try (InputStream in = RiskScriptArgumentsTests.class.getClassLoader().getResourceAsStream(script)) {
            assertThat(in).as(script).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .takeWhile(line -> line.startsWith("--"))
                .map(line -> line.substring(2).trim())
                .collect(Collectors.joining(" "));
        }
    }

    private static String section(String header, String start, String end) {
        int from = header.indexOf(start);
        assertThat(from).as("%s in the header '%s'", start, header).isNotNegative();
        int to = header.indexOf(end, from);
        assertThat(to).as("%s after %s in the header '%s'", end, start, header).isPositive();
        return header.substring(from + start.length(), to);
    }

    /** The numbered names of a section, checked to run 1, 2, 3..., as camel-case names. */
    private static List<String> declared(String section) {
        Matcher matcher = ITEM.matcher(section.replaceAll("\\([^)]*\\)", "").trim());
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            assertThat(Integer.parseInt(matcher.group(1))).as(section).isEqualTo(names.size() + 1);
            names.add(camelCase(matcher.group(2)));
        }
        return names;
    }

    private static String camelCase(String words) {
        String[] parts = words.trim().split("\\s+");
        StringBuilder name = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
