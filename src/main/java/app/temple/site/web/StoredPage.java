package app.temple.site.web;

import app.temple.site.ContentEpoch;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered shared page: its headers as the full stack wrote them, its body, and the body compressed once, so
 * serving it again costs no rendering, no query and no compression.
 */
final class StoredPage {

    private final ContentEpoch epoch;
    private final long renderedAt;
    private final String contentType;
    private final Locale locale;
    private final List<Map.Entry<String, String>> headers;
    private final String etag;
    private final String gzipEtag;
    private final long lastModified;
    private final byte[] body;
    private final byte[] gzipped;

    StoredPage(ContentEpoch epoch, long renderedAt, String contentType, Locale locale,
               List<Map.Entry<String, String>> headers, String etag, long lastModified, byte[] body) {
        this.epoch = epoch;
        this.contentType = contentType;
        this.locale = locale;
        this.renderedAt = renderedAt;
        this.headers = List.copyOf(headers);
        this.etag = etag;
        this.gzipEtag = gzipTag(etag);
        this.lastModified = lastModified;
        this.body = body;
        this.gzipped = gzip(body);
    }

    boolean isCurrent() {
        return epoch.unchangedSince(renderedAt);
    }

    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean compressed = acceptsGzip(request);
        for (Map.Entry<String, String> header : headers) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setHeader("ETag", compressed ? gzipEtag : etag);
        response.setHeader("Vary", "Accept-Encoding");
        // the container keeps these two apart from the other headers and writes them itself
        response.setContentType(contentType);
        response.setLocale(locale);
        if (isNotModified(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = compressed ? gzipped : body;
        if (compressed) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** If-None-Match wins over If-Modified-Since, as RFC 9110 says; either variant's tag counts as a match. */
    private boolean isNotModified(HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.strip();
                tag = tag.startsWith("W/") ? tag.substring(2) : tag;
                if (tag.equals("*") || tag.equals(etag) || tag.equals(gzipEtag)) {
                    return true;
                }
            }
            return false;
        }
        if (lastModified < 0) {
            return false;
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified / 1000 <= since / 1000;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The compressed bytes are another representation, so they get a tag of their own. */
    private static String gzipTag(String etag) {
        return etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.contains("gzip") && !accepted.contains("gzip;q=0");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
