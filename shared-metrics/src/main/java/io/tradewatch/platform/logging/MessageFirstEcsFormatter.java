package io.tradewatch.platform.logging;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.json.JsonWriter.PairExtractor;
import org.springframework.boot.logging.StackTracePrinter;
import org.springframework.boot.logging.structured.ContextPairs;
import org.springframework.boot.logging.structured.ElasticCommonSchemaProperties;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;
import org.springframework.core.env.Environment;

/**
 * Elastic Common Schema JSON, one object a line, with {@code message} as the first member so a line is readable
 * as it scrolls by: then {@code @timestamp}, {@code log} (level, logger), {@code process} (pid, thread),
 * {@code service} (name, version, environment, node), the MDC and key-value pairs, {@code error} (type, message,
 * stack trace), {@code tags} (markers) and {@code ecs.version}: the members and names of Spring Boot's {@code ecs}
 * format, nested the same way. Selected with {@code logging.structured.format.console} (the starter's default);
 * Spring Boot's {@code logging.structured.json.*} customizations and stack trace settings still apply.
 */
public class MessageFirstEcsFormatter extends JsonWriterStructuredLogFormatter<ILoggingEvent> {

    private static final PairExtractor<KeyValuePair> KEY_VALUE_PAIRS = PairExtractor.of(pair -> pair.key,
            pair -> pair.value);

    public MessageFirstEcsFormatter(Environment environment, @Nullable StackTracePrinter stackTracePrinter,
            ContextPairs contextPairs, ThrowableProxyConverter throwableProxyConverter,
            StructuredLoggingJsonMembersCustomizer.Builder<?> customizerBuilder) {
        super(members -> members(environment, new StackTraces(stackTracePrinter, throwableProxyConverter),
                contextPairs, members), customizerBuilder.nested().build());
    }

    private static void members(Environment environment, StackTraces stackTraces, ContextPairs contextPairs,
            JsonWriter.Members<ILoggingEvent> members) {
        members.add("message", ILoggingEvent::getFormattedMessage);
        members.add("@timestamp", ILoggingEvent::getInstant);
        members.add("log").usingMembers(log -> {
            log.add("level", ILoggingEvent::getLevel);
            log.add("logger", ILoggingEvent::getLoggerName);
        });
        members.add("process").usingMembers(process -> {
            process.add("pid", environment.getProperty("spring.application.pid", Long.class)).whenNotNull();
            process.add("thread").usingMembers(thread -> thread.add("name", ILoggingEvent::getThreadName));
        });
        ElasticCommonSchemaProperties.get(environment).jsonMembers(members);
        members.add().usingPairs(contextPairs.nested(pairs -> {
            pairs.addMapEntries(ILoggingEvent::getMDCPropertyMap);
            pairs.add(ILoggingEvent::getKeyValuePairs, KEY_VALUE_PAIRS);
        }));
        members.add().whenNotNull(ILoggingEvent::getThrowableProxy).usingMembers(throwable ->
            throwable.add("error").usingMembers(error -> {
                error.add("type", ILoggingEvent::getThrowableProxy).as(IThrowableProxy::getClassName);
                error.add("message", ILoggingEvent::getThrowableProxy).as(IThrowableProxy::getMessage);
                error.add("stack_trace", stackTraces::of);
            }));
        members.add("tags", ILoggingEvent::getMarkerList).whenNotNull().as(MessageFirstEcsFormatter::names)
            .whenNotEmpty();
        members.add("ecs").usingMembers(ecs -> ecs.add("version", "8.11"));
    }

    private static Set<String> names(List<Marker> markers) {
        Set<String> names = new TreeSet<>();
        addNames(names, markers.iterator());
        return names;
    }

    private static void addNames(Set<String> names, Iterator<Marker> markers) {
        while (markers.hasNext()) {
            Marker marker = markers.next();
            names.add(marker.getName());
            if (marker.hasReferences()) {
                addNames(names, marker.iterator());
            }
        }
    }

    /** An event's stack trace, printed by Boot's configured printer when there is one, else by Logback. */
    private record StackTraces(@Nullable StackTracePrinter printer, ThrowableProxyConverter converter) {

        String of(ILoggingEvent event) {
            if (printer != null && event.getThrowableProxy() instanceof ThrowableProxy proxy) {
                return printer.printStackTraceToString(proxy.getThrowable());
            }
            return converter.convert(event);
        }
    }
}
