package app.temple.mail.internal;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.util.HashMap;
import java.util.Map;

/**
 * Maps the {@code TEMPLE_SMTP_*} settings onto {@code spring.mail.*}, and only when a host is given: Spring Boot
 * switches its mail sender on for any {@code spring.mail.host}, an empty one included. Settings given directly as
 * {@code spring.mail.*} win over these.
 */
class SmtpEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final String TIMEOUT_MILLIS = "10000";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String host = environment.getProperty("temple.smtp.host");
        if (!StringUtils.hasText(host)) {
            return;
        }
        Map<String, Object> mail = new HashMap<>();
        mail.put("spring.mail.host", host.trim());
        mail.put("spring.mail.port", environment.getProperty("temple.smtp.port", "587"));
        String user = environment.getProperty("temple.smtp.user");
        if (StringUtils.hasText(user)) {
            mail.put("spring.mail.username", user);
            mail.put("spring.mail.password", environment.getProperty("temple.smtp.password", ""));
            mail.put("spring.mail.properties.mail.smtp.auth", "true");
        }
        // with STARTTLS on, a server that does not offer it is refused rather than spoken to in the clear
        String startTls = String.valueOf(environment.getProperty("temple.smtp.starttls", Boolean.class, true));
        mail.put("spring.mail.properties.mail.smtp.starttls.enable", startTls);
        mail.put("spring.mail.properties.mail.smtp.starttls.required", startTls);
        // over STARTTLS or SSL the certificate must name the host we asked for, or a man in the middle could
        // present any valid certificate and read every sign-in link (Jakarta Mail does not check this by default)
        mail.put("spring.mail.properties.mail.smtp.ssl.checkserveridentity", "true");
        // a mail server that hangs must not hold the queue's sender for ever; QueueSender.LEASE stays well above these
        mail.put("spring.mail.properties.mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        mail.put("spring.mail.properties.mail.smtp.timeout", TIMEOUT_MILLIS);
        mail.put("spring.mail.properties.mail.smtp.writetimeout", TIMEOUT_MILLIS);
        environment.getPropertySources().addLast(new MapPropertySource("temple-smtp", mail));
    }

    @Override
    public int getOrder() {
        // after the config files are read, so that TEMPLE_SMTP_* from application.properties resolve
        return Ordered.LOWEST_PRECEDENCE;
    }
}
