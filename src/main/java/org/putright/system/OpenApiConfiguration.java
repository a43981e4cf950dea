package org.putright.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API in its OpenAPI 3.1 document: what it is and how to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI putrightOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Putright API")
                        .version("v1")
                        .description("Complaints handled under the Housing Ombudsman's Complaint Handling Code. JSON,"
                                + " bearer tokens, errors as RFC 9457 problem details; a broken rule of the Code is a"
                                + " 422 whose type names the rule and whose provision cites the Code.")
                        .license(new License()
                                .name("Code provision texts: Open Government Licence v3.0")
                                .url("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token: POST /api/v1/staff/{username}/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
