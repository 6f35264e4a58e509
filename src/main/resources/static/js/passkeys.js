// Passkeys through the browser's WebAuthn API and Spring Security's /webauthn endpoints.
// Without JavaScript (or WebAuthn) the passkey controls stay hidden and the page explains why.
(function () {
    "use strict";

    if (!window.PublicKeyCredential || !navigator.credentials) {
        return;
    }

    function toBytes(text) {
        var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
        while (base64.length % 4) {
            base64 += "=";
        }
        return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); }).buffer;
    }

    function toText(buffer) {
        var binary = "";
        new Uint8Array(buffer).forEach(function (b) { binary += String.fromCharCode(b); });
        return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }

    function send(url, csrf, body) {
        return fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: {"Content-Type": "application/json", "X-XSRF-TOKEN": csrf},
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            if (!response.ok) {
                throw new Error("HTTP " + response.status);
            }
            return response.json();
        });
    }

    /** The JSON form of a credential: the same fields for creating and for using one. */
    function asJson(credential, response) {
        return {
            id: credential.id,
            rawId: toText(credential.rawId),
            type: credential.type,
            authenticatorAttachment: credential.authenticatorAttachment,
            clientExtensionResults: credential.getClientExtensionResults(),
            response: response
        };
    }

    function withIds(list) {
        return (list || []).map(function (item) { return Object.assign({}, item, {id: toBytes(item.id)}); });
    }

    function create(button) {
        var csrf = button.dataset.csrf;
        var label = document.getElementById("passkey-label").value || "Passkey";
        return send("/webauthn/register/options", csrf).then(function (options) {
            options.challenge = toBytes(options.challenge);
            options.user = Object.assign({}, options.user, {id: toBytes(options.user.id)});
            options.excludeCredentials = withIds(options.excludeCredentials);
            return navigator.credentials.create({publicKey: options});
        }).then(function (credential) {
            return send("/webauthn/register", csrf, {
                publicKey: {
                    label: label,
                    credential: asJson(credential, {
                        attestationObject: toText(credential.response.attestationObject),
                        clientDataJSON: toText(credential.response.clientDataJSON),
                        transports: credential.response.getTransports ? credential.response.getTransports() : []
                    })
                }
            });
        }).then(function (result) {
            if (!result.success) {
                throw new Error("not registered");
            }
            window.location.href = "/account/security/passkeys?added";
        });
    }

    function signIn(button) {
        var csrf = button.dataset.csrf;
        return send("/webauthn/authenticate/options", csrf).then(function (options) {
            options.challenge = toBytes(options.challenge);
            options.allowCredentials = withIds(options.allowCredentials);
            return navigator.credentials.get({publicKey: options});
        }).then(function (credential) {
            return send("/login/webauthn", csrf, asJson(credential, {
                authenticatorData: toText(credential.response.authenticatorData),
                clientDataJSON: toText(credential.response.clientDataJSON),
                signature: toText(credential.response.signature),
                userHandle: credential.response.userHandle ? toText(credential.response.userHandle) : null
            }));
        }).then(function (result) {
            if (!result.authenticated) {
                throw new Error("not signed in");
            }
            // a signed-in page that asks her to confirm names where to go back to; the server chose it
            window.location.href = button.dataset.next || "/account";
        });
    }

    function wire(selector, action) {
        document.querySelectorAll(selector).forEach(function (button) {
            button.addEventListener("click", function () {
                var error = document.querySelector("[data-passkey-error]");
                if (error) {
                    error.hidden = true;
                }
                action(button).catch(function () {
                    if (error) {
                        error.hidden = false;
                    }
                });
            });
        });
    }

    document.querySelectorAll("[data-passkey-register], [data-passkey-sign-in-box]").forEach(function (box) {
        box.hidden = false;
    });
    document.querySelectorAll("[data-passkey-needs-script]").forEach(function (note) {
        note.hidden = true;
    });
    wire("[data-passkey-create]", create);
    wire("[data-passkey-sign-in]", signIn);
})();
