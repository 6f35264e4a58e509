package app.temple.site.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/**
 * The title of the OpenAPI document springdoc generates at {@code /v3/api-docs} from the modules' API controllers
 * (only {@code /api/**} is described: see {@code springdoc.paths-to-match}). There is no swagger-ui page: its
 * inline scripts and styles would break the Content-Security-Policy every page carries.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Temple API", version = "1",
        description = "Temple's public API. It needs no account and keeps nothing of what is sent to it."))
class ApiDocumentation {
}
