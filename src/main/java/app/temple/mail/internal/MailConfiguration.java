package app.temple.mail.internal;

import app.temple.mail.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Clock;

/** SMTP when a mail server is configured (the same condition as Spring Boot's mail sender), else the outbox. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    Mail smtpMail(JavaMailSender sender, LetterWriter writer, @Value("${temple.mail.from}") String from) {
        return new SmtpMail(sender, writer, from);
    }

    @Bean
    @Conditional(Outbox.WithoutSmtp.class)
    Outbox outbox(LetterWriter writer, Clock clock) {
        return new Outbox(writer, clock);
    }
}
