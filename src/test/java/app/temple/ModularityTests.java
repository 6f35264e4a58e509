package app.temple;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TempleApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyPlannedModuleExists() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("site", "account", "privacy", "journal", "quiz", "course", "booking", "mail", "content");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
