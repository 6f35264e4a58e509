package app.temple.booking.web;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Small real pictures that carry a line of metadata beside their pixels, as a phone's photo carries where it was taken. */
final class PhotoSamples {

    static final int SIDE = 24;

    private PhotoSamples() {
    }

    /** A PNG with a tEXt chunk right after its header. */
    static byte[] pngWithText(String text) {
        byte[] png = encoded("png");
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        return join(slice(png, 0, afterHeader), chunk.array(), slice(png, afterHeader, png.length));
    }

    /** A JPEG with a comment segment right after its start. */
    static byte[] jpegWithComment(String text) {
        byte[] jpeg = encoded("jpg");
        byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer segment = ByteBuffer.allocate(4 + data.length);
        segment.put((byte) 0xFF).put((byte) 0xFE).putShort((short) (data.length + 2)).put(data);
        return join(slice(jpeg, 0, 2), segment.array(), slice(jpeg, 2, jpeg.length));
    }

    /** An extended WebP: a VP8X header saying EXIF follows, a tiny lossless image chunk, and an EXIF chunk. */
    static byte[] webpWithExif(String text) {
        byte[] vp8x = {0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] vp8l = {0x2F, 0, 0, 0, 0, 0};
        byte[] exif = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = join(chunk("VP8X", vp8x), chunk("VP8L", vp8l), chunk("EXIF", exif));
        ByteBuffer riff = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return riff.array();
    }

    private static byte[] chunk(String name, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(name.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] encoded(String format) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        var paint = image.createGraphics();
        paint.setColor(new Color(0x8a2b4f));
        paint.fillOval(2, 2, SIDE - 4, SIDE - 4);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
