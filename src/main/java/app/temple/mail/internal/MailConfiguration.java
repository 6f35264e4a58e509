package app.temple.mail.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/** SMTP when a mail server is configured (the same condition as Spring Boot's mail sender), else the outbox. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    LetterDelivery smtpDelivery(JavaMailSender sender, @Value("${temple.mail.from}") String from) {
        return new SmtpDelivery(sender, from);
    }

    @Bean
    @Conditional(Outbox.WithoutSmtp.class)
    Outbox outbox(QueuedLetters queue, LetterWriter writer, Clock clock, Environment environment) {
        DevelopmentOutboxGuard.check(environment);
        return new Outbox(queue, writer, clock);
    }
}
