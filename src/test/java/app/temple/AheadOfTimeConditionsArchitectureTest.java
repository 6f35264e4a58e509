package app.temple;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar carries Spring's ahead-of-time processing of its bean definitions (pom.xml, {@code process-aot}), and a
 * node started with {@code -Dspring.aot.enabled=true} uses it. That processing runs at build time, with none of an
 * installation's settings, and every bean condition is decided then, once for every installation. So no class of
 * Temple's may put a bean or a route behind a condition or a profile: a choice that depends on a setting (the mail
 * server, the embedded database) is made when the node starts, in code, as {@code MailConfiguration} and
 * {@code EmbeddedDatabaseEnvironment} do. This test fails on the first such annotation.
 */
class AheadOfTimeConditionsArchitectureTest {

    /** Annotations that make a bean depend on the environment it is built in. */
    static final Set<String> DECIDED_AT_BUILD = Set.of(
            "org.springframework.context.annotation.Conditional",
            "org.springframework.context.annotation.Profile");

    @Test
    void noBeanOfTempleDependsOnASettingThroughACondition() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.temple");
        assertThat(classes).as("the import found Temple's classes").hasSizeGreaterThan(100);

        List<String> conditional = classes.stream().flatMap(javaClass -> Stream.concat(
                        javaClass.getAnnotations().stream().filter(AheadOfTimeConditionsArchitectureTest::decidedAtBuild)
                                .map(annotation -> javaClass.getName() + " " + annotation.getRawType().getSimpleName()),
                        javaClass.getMethods().stream().flatMap(method -> method.getAnnotations().stream()
                                .filter(AheadOfTimeConditionsArchitectureTest::decidedAtBuild)
                                .map(annotation -> method.getFullName() + " " + annotation.getRawType().getSimpleName()))))
                .toList();

        assertThat(conditional).as("beans behind a condition, which ahead-of-time processing decides at build time")
                .isEmpty();
    }

    /** The annotation, or one it is annotated with ({@code @ConditionalOnProperty} carries {@code @Conditional}). */
    private static boolean decidedAtBuild(JavaAnnotation<?> annotation) {
        return DECIDED_AT_BUILD.contains(annotation.getRawType().getName())
                || annotation.getRawType().getAnnotations().stream()
                .anyMatch(meta -> DECIDED_AT_BUILD.contains(meta.getRawType().getName()));
    }
}
