package app.temple.account.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Puts every password encoder of the platform behind one {@link PasswordHashPool}, wherever it is declared and
 * whoever uses it (sign-in, the dummy hash for unknown addresses, sign-up, re-authentication, a new password), so
 * no path hashes outside the bound. Size and patience come from {@code temple.password-hashing.*}.
 */
@Component
class PasswordHashing implements BeanPostProcessor, EnvironmentAware {

    private PasswordHashPool pool;

    @Override
    public void setEnvironment(Environment environment) {
        int size = environment.getProperty("temple.password-hashing.concurrency", Integer.class, 0);
        Duration patience = environment.getProperty("temple.password-hashing.patience", Duration.class,
                Duration.ofMillis(500));
        this.pool = new PasswordHashPool(size > 0 ? size : PasswordHashPool.defaultSize(), patience);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PasswordEncoder encoder && !(bean instanceof BoundedPasswordEncoder)) {
            return new BoundedPasswordEncoder(encoder, pool);
        }
        return bean;
    }

    PasswordHashPool pool() {
        return pool;
    }
}
