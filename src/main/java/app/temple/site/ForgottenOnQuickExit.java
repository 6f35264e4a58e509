package app.temple.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Something a module keeps in her browser that Quick exit must take with it (a quiz result she has just finished):
 * whoever picks up the device after she left must not find it. Quick exit passes through the site on its way out and
 * asks every module that implements this to forget what it keeps.
 */
public interface ForgottenOnQuickExit {

    /** Deletes what this module keeps in the browser of this request (e.g. by expiring its cookie). */
    void forget(HttpServletRequest request, HttpServletResponse response);
}
