package io.tradewatch.platform.logging;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booted application logs with the starter's defaults: Elastic Common Schema JSON lines whose first member is
 * the message, still carrying the ECS fields, key-value pairs and error stack traces.
 */
@ExtendWith(OutputCaptureExtension.class)
class MessageFirstEcsFormatterTests {

    private static final Logger log = LoggerFactory.getLogger(MessageFirstEcsFormatterTests.class);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aBootedContextLogsEcsJsonLinesThatStartWithTheMessage(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
            .web(WebApplicationType.NONE)
            .properties("spring.application.name=log-format-test", "logging.structured.ecs.service.version=1.2.3")
            .run()) {
            log.atInfo().setMessage("Order {} filled").addArgument("o-1").addKeyValue("order.id", "o-1").log();
            log.error("Fill \"o-2\" failed", new IllegalStateException("no quote"));
        }
        JsonNode info = line(output, "Order o-1 filled");
        assertThat(info.path("@timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(info.path("log").path("level").asString()).isEqualTo("INFO");
        assertThat(info.path("log").path("logger").asString()).isEqualTo(MessageFirstEcsFormatterTests.class.getName());
        assertThat(info.path("process").path("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
        assertThat(info.path("process").path("thread").path("name").asString()).isEqualTo("main");
        assertThat(info.path("service").path("name").asString()).isEqualTo("log-format-test");
        assertThat(info.path("service").path("version").asString()).isEqualTo("1.2.3");
        assertThat(info.path("order").path("id").asString()).isEqualTo("o-1");
        assertThat(info.path("ecs").path("version").asString()).isEqualTo("8.11");
        assertThat(names(info)).startsWith("message", "@timestamp", "log", "process", "service");

        JsonNode error = line(output, "Fill \"o-2\" failed");
        assertThat(error.path("log").path("level").asString()).isEqualTo("ERROR");
        assertThat(error.path("error").path("type").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(error.path("error").path("message").asString()).isEqualTo("no quote");
        assertThat(error.path("error").path("stack_trace").asString())
            .startsWith("java.lang.IllegalStateException: no quote")
            .contains("at " + MessageFirstEcsFormatterTests.class.getName() + ".aBootedContextLogs");
        assertThat(names(error)).startsWith("message", "@timestamp", "log");
    }

    /** The one captured line carrying a message, checked to start with it as the first member. */
    private JsonNode line(CapturedOutput output, String message) {
        String prefix = "{\"message\":" + json.writeValueAsString(message) + ",";
        List<String> lines = output.getOut().lines().filter(line -> line.startsWith(prefix)).toList();
        assertThat(lines).as("lines starting with %s in:%n%s", prefix, output.getOut()).hasSize(1);
        return json.readTree(lines.get(0));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
