// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";

    // Quick exit replaces this page in the history, so the back button does not return to Temple.
    function leave(event) {
        var link = document.querySelector("[data-quick-exit]");
        if (!link) {
            return;
        }
        if (event) {
            event.preventDefault();
        }
        document.body.hidden = true;
        window.location.replace(link.href);
    }

    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest("[data-quick-exit]")) {
            leave(event);
        }
    });

    // Pressing Escape twice within a second also leaves.
    var lastEscape = 0;
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        var now = Date.now();
        if (now - lastEscape < 1000) {
            leave(event);
        }
        lastEscape = now;
    });
})();
