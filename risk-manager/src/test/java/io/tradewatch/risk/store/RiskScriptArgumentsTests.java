package io.tradewatch.risk.store;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.tradewatch.testsupport.LuaScriptHeader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each risk script's header comment declares its {@code KEYS} and {@code ARGV} ("ARGV: 1 event id, 2 order id");
 * the script's argument record must pass exactly those, in that order. The record is built with every component
 * holding its own name, so {@code argv()} shows which component went where.
 */
class RiskScriptArgumentsTests {

    static Stream<Class<?>> records() {
        return Arrays.stream(RiskScriptArguments.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("records")
    void eachRecordPassesTheKeysAndArgumentsItsScriptDeclaresInTheirOrder(Class<?> type) {
        RiskScriptArguments arguments = LuaScriptHeader.named(type, RiskScriptArguments.class);
        String resource = arguments.script().resource();
        LuaScriptHeader header = LuaScriptHeader.read(resource);

        List<String> keys = header.keys();
        List<String> argv = header.argv();

        assertThat(keys).as("KEYS of %s", resource).containsExactly("keyPrefix");
        assertThat(arguments.keys("keyPrefix")).as("KEYS of %s", resource).containsExactlyElementsOf(keys);
        assertThat(argv).as("ARGV of %s", resource).isNotEmpty();
        assertThat(Arrays.asList(arguments.argv())).as("ARGV of %s", resource).containsExactlyElementsOf(argv);
        assertThat(type.getRecordComponents()).as("components of %s", type.getSimpleName()).hasSize(argv.size());
    }

    @Test
    void everyScriptHasExactlyOneArgumentRecord() {
        Set<RiskScripts.Script> covered = EnumSet.noneOf(RiskScripts.Script.class);
        records().forEach(type -> {
            RiskScripts.Script script = LuaScriptHeader.named(type, RiskScriptArguments.class).script();
            assertThat(covered.add(script)).as("%s has a second record %s", script, type).isTrue();
        });
        assertThat(covered).containsExactlyInAnyOrder(RiskScripts.Script.values());
    }
}
