package app.temple.account.internal;

import org.springframework.security.crypto.password.PasswordEncoder;

/** The platform's password encoder, each hash taken through the {@link PasswordHashPool}. */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashing;
    private final PasswordHashPool pool;

    BoundedPasswordEncoder(PasswordEncoder hashing, PasswordHashPool pool) {
        this.hashing = hashing;
        this.pool = pool;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return pool.hash(() -> hashing.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return pool.hash(() -> hashing.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashing.upgradeEncoding(encodedPassword); // reads the stored parameters; hashes nothing
    }
}
