package io.tradewatch.orders.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.tradewatch.testsupport.LuaScriptHeader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each script's header comment declares its {@code KEYS} and {@code ARGV} ("KEYS: 1 order, 2 open set"); the
 * script's argument record must pass exactly those, in that order. The record is built with every component
 * holding its own name, so {@code keys()} and {@code argv()} show which component went where.
 */
class LuaArgumentsTests {

    static Stream<Class<?>> records() {
        return Arrays.stream(LuaArguments.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachRecordPassesTheKeysAndArgumentsItsScriptDeclaresInTheirOrder(Class<?> type) {
        LuaArguments arguments = LuaScriptHeader.named(type, LuaArguments.class);
        LuaScriptHeader header = LuaScriptHeader.read(arguments.script());

        List<String> keys = header.keys();
        List<String> argv = header.argv();

        assertThat(keys).as("KEYS of %s", arguments.script()).isNotEmpty();
        assertThat(arguments.keys()).as("KEYS of %s", arguments.script()).containsExactlyElementsOf(keys);
        assertThat(Arrays.asList(arguments.argv())).as("ARGV of %s", arguments.script())
            .containsExactlyElementsOf(argv);
        assertThat(type.getRecordComponents()).hasSize(keys.size() + argv.size());
    }
}
