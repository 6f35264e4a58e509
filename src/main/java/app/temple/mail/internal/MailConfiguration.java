package app.temple.mail.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

import java.time.Clock;
import java.util.Properties;

/**
 * SMTP when a mail server is configured ({@code spring.mail.host}, which {@link SmtpEnvironment} sets from
 * {@code TEMPLE_SMTP_*}), else the development outbox. The choice is made here, as the node starts, and not by a bean
 * condition: Spring's ahead-of-time processing decides every condition when the jar is built, and a jar built
 * without a mail server would then keep every letter in the outbox wherever it ran.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Outbox outbox(QueuedLetters queue, LetterWriter writer, Clock clock) {
        return new Outbox(queue, writer, clock);
    }

    @Bean
    @Primary
    LetterDelivery letterDelivery(Environment environment, Outbox outbox, @Value("${temple.mail.from}") String from) {
        if (StringUtils.hasText(environment.getProperty("spring.mail.host"))) {
            return new SmtpDelivery(sender(environment), from);
        }
        DevelopmentOutboxGuard.check(environment);
        outbox.open();
        return outbox;
    }

    /** The sender Spring Boot would build from the same {@code spring.mail.*} settings. */
    static JavaMailSenderImpl sender(Environment environment) {
        MailProperties settings = Binder.get(environment).bind("spring.mail", MailProperties.class).orElseGet(MailProperties::new);
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.getHost());
        if (settings.getPort() != null) {
            sender.setPort(settings.getPort());
        }
        sender.setUsername(settings.getUsername());
        sender.setPassword(settings.getPassword());
        sender.setProtocol(settings.getProtocol());
        if (settings.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(settings.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(settings.getProperties());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
