// The lesson's player: a playback-speed control, and where she stopped, saved as she plays and as she leaves, so
// that coming back resumes there. Without this file the browser's own player still plays, seeks and shows captions.
(function () {
    "use strict";

    var figure = document.querySelector("[data-player]");
    if (!figure) {
        return;
    }
    var player = figure.querySelector("audio, video");
    var speed = figure.querySelector("[data-speed]");
    speed.hidden = false;
    speed.querySelector("select").addEventListener("change", function (event) {
        player.playbackRate = Number(event.target.value);
    });

    var url = figure.dataset.positionUrl;
    var token = figure.querySelector("[data-csrf]");
    if (!url || !token || !navigator.sendBeacon) {
        return;
    }
    var lastSent = -1;
    function send() {
        var seconds = Math.floor(player.currentTime);
        if (seconds === lastSent) {
            return;
        }
        lastSent = seconds;
        var form = new FormData();
        form.append("_csrf", token.dataset.csrf);
        form.append("seconds", String(seconds));
        navigator.sendBeacon(url, form);
    }
    player.addEventListener("pause", send);
    player.addEventListener("timeupdate", function () {
        if (Math.abs(player.currentTime - lastSent) >= 5) {
            send();
        }
    });
    window.addEventListener("pagehide", send);
})();
