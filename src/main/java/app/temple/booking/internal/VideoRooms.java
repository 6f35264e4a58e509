package app.temple.booking.internal;

import app.temple.site.PublicAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Private video rooms: each booking gets a room named by 128 random bits, so nobody finds it by guessing. The rooms
 * themselves are served by a video service at {@code temple.booking.video-room-base} (TEMPLE_VIDEO_ROOM_BASE), for
 * instance a self-hosted Jitsi Meet; the platform only links to it, from letters and her own pages, and never embeds
 * it, so no page of ours makes a request to it. By default the rooms are expected under {@code /video/} on the
 * platform's own address, where a reverse proxy can serve the video service.
 */
@Component
class VideoRooms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;

    VideoRooms(@Value("${temple.booking.video-room-base:}") String base, PublicAddress address) {
        String chosen = base == null || base.isBlank() ? address.of("/video/") : base.trim();
        if (!chosen.startsWith("https://") && !chosen.startsWith("http://")) {
            throw new IllegalStateException("TEMPLE_VIDEO_ROOM_BASE must be an http(s) address such as https://video.example.org/");
        }
        this.base = chosen.endsWith("/") ? chosen : chosen + "/";
    }

    /** A new room's token: 22 URL-safe characters. */
    String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The room's address. */
    String link(String token) {
        return base + token;
    }
}
