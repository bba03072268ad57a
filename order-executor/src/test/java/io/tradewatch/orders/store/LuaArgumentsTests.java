package io.tradewatch.orders.store;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each script's header comment declares its {@code KEYS} and {@code ARGV} ("KEYS: 1 order, 2 open set"); the
 * script's argument record must pass exactly those, in that order. The record is built with every component
 * holding its own name, so {@code keys()} and {@code argv()} show which component went where.
 */
class LuaArgumentsTests {

    private static final Pattern ITEM = Pattern.compile("(\\d+) ([A-Za-z][A-Za-z ]*?)\\s*(?=,|;|$)");

    static Stream<Class<?>> records() {
        return Arrays.stream(LuaArguments.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachRecordPassesTheKeysAndArgumentsItsScriptDeclaresInTheirOrder(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] names = Arrays.stream(components).map(RecordComponent::getName).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        LuaArguments arguments = (LuaArguments) type.getDeclaredConstructor(types).newInstance(names);
        String header = header(arguments.script());

        List<String> keys = declared(section(header, "KEYS:", "ARGV:"));
        List<String> argv = declared(section(header, "ARGV:", "Returns"));

        assertThat(keys).as("KEYS of %s", arguments.script()).isNotEmpty();
        assertThat(arguments.keys()).as("KEYS of %s", arguments.script()).containsExactlyElementsOf(keys);
        assertThat(Arrays.asList(arguments.argv())).as("ARGV of %s", arguments.script())
            .containsExactlyElementsOf(argv);
        assertThat(components).hasSize(keys.size() + argv.size());
    }

    /** The leading comment block of a script, as one line. */
    private static String header(String script) throws IOException {
        try (InputStream in = LuaArgumentsTests.class.getClassLoader().getResourceAsStream(script)) {
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
        return header.substring(from + start.length(), (to < 0) ? header.length() : to);
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
