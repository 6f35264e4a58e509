package app.temple.booking.internal;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Rewrites an uploaded photo without what a camera or phone puts beside the picture: the place it was taken (GPS),
 * the device, the time, comments. A practitioner's photo is public; where she stood when it was taken is not.
 * JPEG and PNG are decoded and encoded again, which keeps only the pixels; WebP, which the JDK cannot decode, keeps its
 * image chunks and loses its EXIF and XMP chunks. A picture larger than {@link #MOST_PIXELS_A_SIDE} a side is refused
 * before it is decoded, so a small file cannot unpack into gigabytes.
 */
final class PhotoCleaner {

    static final int MOST_PIXELS_A_SIDE = 6000;

    private PhotoCleaner() {
    }

    /** Replaces the file's content with the cleaned photo; throws {@link PhotoProblem} when it is not a readable one. */
    static void clean(Path file, PhotoKind kind) throws IOException, PhotoProblem {
        byte[] cleaned = switch (kind) {
            case JPEG -> reencode(file, "jpg");
            case PNG -> reencode(file, "png");
            case WEBP -> withoutMetadataChunks(Files.readAllBytes(file));
        };
        Files.write(file, cleaned);
    }

    private static byte[] reencode(Path file, String format) throws IOException, PhotoProblem {
        BufferedImage image;
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                throw new PhotoProblem(PhotoProblem.Reason.NOT_A_PHOTO);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MOST_PIXELS_A_SIDE || reader.getHeight(0) > MOST_PIXELS_A_SIDE) {
                    throw new PhotoProblem(PhotoProblem.Reason.TOO_LARGE);
                }
                image = reader.read(0);
            } catch (IOException | RuntimeException unreadable) {
                throw new PhotoProblem(PhotoProblem.Reason.NOT_A_PHOTO);
            } finally {
                reader.dispose();
            }
        }
        if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            opaque.createGraphics().drawImage(image, 0, 0, null);
            image = opaque;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new PhotoProblem(PhotoProblem.Reason.NOT_A_PHOTO);
        }
        return out.toByteArray();
    }

    /** The RIFF container again, chunk by chunk, without EXIF and XMP, and with the extended header's flags for them off. */
    static byte[] withoutMetadataChunks(byte[] webp) throws PhotoProblem {
        if (webp.length < 12) {
            throw new PhotoProblem(PhotoProblem.Reason.NOT_A_PHOTO);
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int at = 12;
        while (at + 8 <= webp.length) {
            String name = new String(webp, at, 4, StandardCharsets.US_ASCII);
            long size = ByteBuffer.wrap(webp, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            long padded = size + (size & 1);
            if (at + 8 + size > webp.length) {
                throw new PhotoProblem(PhotoProblem.Reason.NOT_A_PHOTO);
            }
            int length = (int) Math.min(8 + padded, webp.length - at);
            if (!name.equals("EXIF") && !name.equals("XMP ")) {
                byte[] chunk = java.util.Arrays.copyOfRange(webp, at, at + length);
                if (name.equals("VP8X") && chunk.length > 8) {
                    chunk[8] &= (byte) ~0x0C; // the flags saying EXIF (0x08) and XMP (0x04) follow
                }
                chunks.writeBytes(chunk);
            }
            at += length;
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }
}
