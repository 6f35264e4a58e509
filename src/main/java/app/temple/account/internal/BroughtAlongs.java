package app.temple.account.internal;

import app.temple.account.BroughtAlong;
import app.temple.account.BroughtAlong.Kept;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands a sign-up or sign-in form to every module that lets a visitor bring something along ({@link BroughtAlong}),
 * at the moments the account becomes hers for certain. Looked up when used, since those modules themselves use the
 * account module.
 */
@Component
class BroughtAlongs {

    private final ObjectProvider<BroughtAlong> modules;

    BroughtAlongs(ObjectProvider<BroughtAlong> modules) {
        this.modules = modules;
    }

    Map<String, String> carried(HttpServletRequest form) {
        Map<String, String> fields = new LinkedHashMap<>();
        modules.orderedStream().forEach(module -> fields.putAll(module.carried(form)));
        return fields;
    }

    void signedUp(UUID member, HttpServletRequest form) {
        modules.orderedStream().forEach(module -> module.signedUp(member, form));
    }

    Optional<Kept> confirmed(UUID member) {
        return first(modules.orderedStream().map(module -> module.confirmed(member)).toList());
    }

    void signingIn(UUID member, HttpServletRequest form) {
        modules.orderedStream().forEach(module -> module.signingIn(member, form));
    }

    Optional<Kept> signedIn(UUID member, HttpServletRequest request) {
        return first(modules.orderedStream().map(module -> module.signedIn(member, request)).toList());
    }

    /** Every module is asked (each keeps what is hers); the first that kept something says so. */
    private static Optional<Kept> first(List<Optional<Kept>> answers) {
        return answers.stream().flatMap(Optional::stream).findFirst();
    }
}
