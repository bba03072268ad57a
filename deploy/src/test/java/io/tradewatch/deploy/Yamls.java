package io.tradewatch.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML documents as plain maps and lists, with null-safe navigation. */
final class Yamls {

    private Yamls() {
    }

    static Map<String, Object> load(Path file) {
        List<Map<String, Object>> documents = loadAll(read(file));
        if (documents.size() != 1) {
            throw new IllegalStateException(file + " holds " + documents.size() + " YAML documents, expected one");
        }
        return documents.get(0);
    }

    static List<Map<String, Object>> loadAll(String text) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : yaml.loadAll(text)) {
            if (document != null) {
                documents.add(map(document));
            }
        }
        return documents;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The value at {@code path} (map keys, or list indexes as Integers), or null where any step is missing. */
    static Object at(Object root, Object... path) {
        Object current = root;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            }
            else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            }
            else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (value instanceof List<?> list) ? (List<Object>) list : List.of();
    }

    static List<Map<String, Object>> maps(Object value) {
        return list(value).stream().map(Yamls::map).toList();
    }

    static String str(Object value) {
        return (value == null) ? null : Objects.toString(value);
    }

    static Map<String, String> strings(Object value) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        map(value).forEach((key, entry) -> result.put(key, str(entry)));
        return result;
    }
}
