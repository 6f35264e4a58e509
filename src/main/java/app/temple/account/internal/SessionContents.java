package app.temple.account.internal;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.UUID;

/**
 * What a session row may hold, decided where a session attribute becomes bytes: every sign-in path
 * (password, emailed link, passkey, second factor; Spring's filters and ours) ends up here, so none can
 * slip a password hash, an IP address or a name into the database. A signed-in member's authentication is
 * kept as her id, her authorities (roles and the factors she gave) and nothing else: no credentials, no
 * "details" (Spring's {@code WebAuthenticationDetails} would store her IP address and the session id), and
 * a principal with no password hash and no display name.
 */
final class SessionContents {

    private SessionContents() {
    }

    /** The conversion Spring Session JDBC uses for attribute values, with the stored context trimmed. */
    static ConversionService conversionService(ClassLoader classLoader) {
        SerializingConverter serializer = new SerializingConverter();
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, value -> serializer.convert(trimmed(value)));
        conversion.addConverter(byte[].class, Object.class, new DeserializingConverter(classLoader));
        return conversion;
    }

    static Object trimmed(Object value) {
        if (value instanceof SecurityContext context && SecondFactor.isMember(context.getAuthentication())) {
            return new SecurityContextImpl(minimal(context.getAuthentication()));
        }
        return value;
    }

    /** The same sign-in (its kind, its authorities), holding only her id. */
    static Authentication minimal(Authentication authentication) {
        Object principal = authentication.getPrincipal() instanceof UserDetails
                ? MemberPrincipal.of(UUID.fromString(authentication.getName()), authentication.getAuthorities())
                : authentication.getPrincipal(); // a passkey's user entity: her id as name and display name, a random handle
        var builder = authentication.toBuilder().principal(principal).details(null);
        if (authentication.getCredentials() != null) {
            builder.credentials(null); // only asked of a builder that holds credentials; others refuse the call
        }
        return builder.build();
    }
}
