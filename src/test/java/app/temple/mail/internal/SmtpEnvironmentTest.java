package app.temple.mail.internal;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpEnvironmentTest {

    @Test
    void theServersCertificateMustNameTheServer() {
        MockEnvironment environment = new MockEnvironment().withProperty("temple.smtp.host", "smtp.example.org");

        new SmtpEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.mail.properties.mail.smtp.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(environment.getProperty("spring.mail.properties.mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example.org");
    }

    @Test
    void withoutAHostNothingIsSet() {
        MockEnvironment environment = new MockEnvironment();

        new SmtpEnvironment().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.mail.host")).isNull();
        assertThat(environment.getProperty("spring.mail.properties.mail.smtp.ssl.checkserveridentity")).isNull();
    }
}
