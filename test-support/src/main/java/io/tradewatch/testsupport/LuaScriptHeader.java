package io.tradewatch.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leading comment block of a Lua script, which declares its arguments
 * ({@code KEYS: 1 order, 2 open set} then {@code ARGV: 1 event id, 2 order id} then {@code Returns ...}), read so a
 * test can compare a script's typed argument record with what the script expects.
 *
 * @param resource the script's class-path resource
 * @param text the comment block as one line
 */
public record LuaScriptHeader(String resource, String text) {

    private static final Pattern ITEM = Pattern.compile("(\\d+) ([A-Za-z][A-Za-z ]*?)\\s*(?=,|;|$)");

    /** Reads the header of the class-path resource {@code resource}. */
    public static LuaScriptHeader read(String resource) {
        try (InputStream in = LuaScriptHeader.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .takeWhile(line -> line.startsWith("--"))
                .map(line -> line.substring(2).trim())
                .collect(Collectors.joining(" "));
            return new LuaScriptHeader(resource, text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The declared {@code KEYS}, as camel-case names ("open set" is {@code openSet}). */
    public List<String> keys() {
        return declared(section("KEYS:", "ARGV:"));
    }

    /** The declared {@code ARGV}, as camel-case names. */
    public List<String> argv() {
        return declared(section("ARGV:", "Returns"));
    }

    /**
     * An instance of the argument record {@code type} whose every (string) component holds its own name, so that
     * its key and argument lists show which component went where.
     */
    public static <T> T named(Class<?> type, Class<T> as) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] names = Arrays.stream(components).map(RecordComponent::getName).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            // argument records are package-private in their service's store package
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return as.cast(constructor.newInstance(names));
        }
        catch (ReflectiveOperationException ex) {
            throw new AssertionError("cannot build " + type.getName() + " from its component names", ex);
        }
    }

    private String section(String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in the header of %s: '%s'", start, resource, text).isGreaterThanOrEqualTo(0);
        int to = text.indexOf(end, from);
        return text.substring(from + start.length(), (to < 0) ? text.length() : to);
    }

    /** The numbered names of a section, checked to run 1, 2, 3..., as camel-case names. */
    private List<String> declared(String section) {
        Matcher matcher = ITEM.matcher(section.replaceAll("\\([^)]*\\)", "").trim());
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            assertThat(Integer.parseInt(matcher.group(1))).as("%s of %s", section, resource).isEqualTo(names.size() + 1);
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
