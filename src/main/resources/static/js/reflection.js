// Saves a private reflection as she writes. Until the server confirms a save, the text is also kept in this tab's
// session storage, so a dropped connection or a reload loses no word; it is cleared once saved, and with the tab.
// Without this file the form's own button saves it.
(function () {
    "use strict";

    var form = document.querySelector("[data-reflection]");
    if (!form || !window.fetch || !window.sessionStorage) {
        return;
    }
    var area = form.querySelector("textarea");
    var status = form.querySelector("[data-reflection-status]");
    var key = "temple-reflection:" + form.getAttribute("action");
    var timer = null;

    function say(message) {
        status.textContent = message;
    }

    function save() {
        var text = area.value;
        sessionStorage.setItem(key, text);
        var body = new URLSearchParams();
        body.set("_csrf", form.querySelector("input[name=_csrf]").value);
        body.set("reflection", text);
        fetch(form.getAttribute("action"), {
            method: "POST",
            credentials: "same-origin",
            headers: {"Accept": "application/json"},
            body: body
        }).then(function (response) {
            if (response.ok) {
                if (area.value === text) {
                    sessionStorage.removeItem(key);
                }
                say(form.dataset.saved);
            } else {
                say(form.dataset.notSaved);
            }
        }).catch(function () {
            say(form.dataset.offline);
        });
    }

    var draft = sessionStorage.getItem(key);
    if (draft !== null && draft !== area.value) {
        area.value = draft;
        say(form.dataset.restored);
        save();
    }

    area.addEventListener("input", function () {
        sessionStorage.setItem(key, area.value);
        say(form.dataset.saving);
        clearTimeout(timer);
        timer = setTimeout(save, 800);
    });
    window.addEventListener("online", function () {
        if (sessionStorage.getItem(key) !== null) {
            save();
        }
    });
})();
