package app.temple.site.web;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Every page is a {@link WholePageView}. jte's starter backs off from its own resolver when one is declared, so this
 * one replaces it without a condition of Temple's (see {@code AheadOfTimeConditionsArchitectureTest}).
 */
@Configuration(proxyBeanMethods = false)
class WholePages {

    @Bean
    JteViewResolver wholePageViewResolver(TemplateEngine templates, JteProperties properties) {
        return new Resolver(templates, properties);
    }

    private static final class Resolver extends JteViewResolver {

        private final TemplateEngine templates;

        Resolver(TemplateEngine templates, JteProperties properties) {
            super(templates, properties);
            this.templates = templates;
        }

        @Override
        protected AbstractUrlBasedView instantiateView() {
            return new WholePageView(templates);
        }
    }
}
