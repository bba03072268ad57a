package io.tradewatch.gateway.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The gateway's own OpenAPI document (springdoc) with the gateway's security: an API key or a bearer token on
 * every operation, and its 401 and 403 answers; the same as {@link ApiDocuments} gives the services' documents.
 * Runs after the starter's problem customizer, so these answers are problems too.
 */
@Component
class GatewayOpenApiCustomizer implements GlobalOpenApiCustomizer, Ordered {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents()
            .addSecuritySchemes(ApiDocuments.API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key").description(ApiDocuments.API_KEY_DESCRIPTION))
            .addSecuritySchemes(ApiDocuments.BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT").description(ApiDocuments.BEARER_DESCRIPTION));
        openApi.addSecurityItem(new SecurityRequirement().addList(ApiDocuments.API_KEY));
        openApi.addSecurityItem(new SecurityRequirement().addList(ApiDocuments.BEARER));
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            path.readOperations().forEach(operation -> {
                if (operation.getResponses() == null) {
                    operation.setResponses(new ApiResponses());
                }
                ApiDocuments.OWN_ERRORS.forEach((code, description) -> operation.getResponses()
                    .putIfAbsent(code, new ApiResponse().description(description).content(new Content()
                        .addMediaType(ApiDocuments.PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref(ApiDocuments.SCHEMAS + "ProblemDetail"))))));
            });
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
