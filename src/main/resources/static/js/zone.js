// Progressive enhancement only: without this file she sees Stockholm time and can choose her zone from a list.
(function () {
    "use strict";
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (!zone) {
        return;
    }
    document.querySelectorAll("input[data-zone]").forEach(function (field) {
        if (!field.value) {
            field.value = zone;
        }
    });
})();
