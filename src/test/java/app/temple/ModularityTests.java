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
                .contains("site", "vault", "account", "privacy", "journal", "quiz", "course", "booking", "mail", "content");
    }

    /** The vault is the lowest floor: account, course and booking seal data through it without going above. */
    @Test
    void theVaultDependsOnNoOtherModuleAndAccountNotOnPrivacy() {
        assertThat(dependenciesOf("vault")).isEmpty();
        assertThat(dependenciesOf("account")).contains("vault").doesNotContain("privacy");
    }

    private java.util.List<String> dependenciesOf(String module) {
        return modules.getModuleByName(module).orElseThrow().getDirectDependencies(modules).stream()
                .map(dependency -> dependency.getTargetModule().getIdentifier().toString()).distinct().toList();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
