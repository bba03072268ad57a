package io.tradewatch.platform.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots a small WebFlux application with the starter and springdoc on a real port and reads its
 * {@code /v3/api-docs} as a client would: every error answer is a problem, and the server is relative.
 */
class ProblemDetailsOpenApiIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";

    private static ConfigurableApplicationContext context;

    private static JsonNode document;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        context = new SpringApplicationBuilder(DocumentedApplication.class).run("--server.port=0",
                "--management.server.port=0", "--spring.application.name=documented-test",
                "--spring.autoconfigure.exclude=org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration,"
                        + "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration,"
                        + "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration");
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/v3/api-docs")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        document = JsonMapper.builder().build().readTree(response.body());
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void everyOperationAnswersAnUnexpectedFailureWithAProblem() {
        for (String path : new String[] { "/things", "/things/{id}" }) {
            JsonNode failure = document.at("/paths/" + escape(path) + "/get/responses/500");
            assertThat(failure.at("/content/application~1problem+json/schema/$ref").asString()).as(path)
                .isEqualTo(PROBLEM_REF);
            assertThat(failure.at("/description").asString()).startsWith("Unexpected failure");
        }
    }

    @Test
    void anOperationWithoutInputHasNoInvalidRequestAnswer() {
        assertThat(document.at("/paths/~1things/get/responses").propertyNames()).containsExactlyInAnyOrder("200", "500");
    }

    @Test
    void operationsWithParametersOrABodyAnswerInvalidInputWithAProblem() {
        assertThat(document.at("/paths/~1things~1{id}/get/responses/400/content/application~1problem+json/schema/$ref")
            .asString()).isEqualTo(PROBLEM_REF);
        assertThat(document.at("/paths/~1things/post/responses/400/content/application~1problem+json/schema/$ref")
            .asString()).isEqualTo(PROBLEM_REF);
    }

    @Test
    void errorCodesAnOperationDeclaresAreProblemsWithTheirOwnDescription() {
        JsonNode notFound = document.at("/paths/~1things~1{id}/get/responses/404");
        assertThat(notFound.at("/description").asString()).isEqualTo("No thing has this id");
        assertThat(notFound.at("/content").propertyNames()).containsExactly("application/problem+json");
        assertThat(notFound.at("/content/application~1problem+json/schema/$ref").asString()).isEqualTo(PROBLEM_REF);
    }

    @Test
    void successfulAnswersKeepTheirOwnContent() {
        assertThat(document.at("/paths/~1things~1{id}/get/responses/200/content").propertyNames())
            .doesNotContain("application/problem+json");
    }

    @Test
    void theProblemSchemaNamesTheRfc9457MembersAndTheInvalidFields() {
        JsonNode problem = document.at("/components/schemas/ProblemDetail/properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "requestId", "errors");
        assertThat(problem.at("/errors/items/$ref").asString()).isEqualTo("#/components/schemas/FieldProblem");
        assertThat(document.at("/components/schemas/FieldProblem/properties").propertyNames())
            .containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void theDocumentIsTitledAfterTheApplicationAndItsServerIsRelative() {
        assertThat(document.at("/info/title").asString()).isEqualTo("documented-test");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(document.at("/servers").size()).isEqualTo(1);
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ThingController.class)
    static class DocumentedApplication {
    }

    @RestController
    static class ThingController {

        @GetMapping("/things")
        Mono<String> list() {
            return Mono.just("[]");
        }

        @GetMapping("/things/{id}")
        @ApiResponse(responseCode = "200", description = "The thing")
        @ApiResponse(responseCode = "404", description = "No thing has this id")
        Mono<Thing> one(@PathVariable String id) {
            return Mono.just(new Thing(id));
        }

        @PostMapping("/things")
        Mono<Thing> create(@Valid @RequestBody Thing thing) {
            return Mono.just(thing);
        }
    }

    record Thing(@NotBlank String name) {
    }
}
