package app.temple.course.internal;

import app.temple.SilentWav;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file is, from its first bytes alone; and what counts as WebVTT captions. */
class RecordingKindTest {

    @Test
    void eachRecordingIsKnownByItsMagicNumber() {
        assertThat(RecordingKind.of(SilentWav.seconds(1))).hasValue(RecordingKind.WAV);
        assertThat(RecordingKind.of(bytes("ID3\u0004\u0000\u0000"))).hasValue(RecordingKind.MP3);
        assertThat(RecordingKind.of(new byte[]{(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64})).as("MPEG-1 layer III frame")
                .hasValue(RecordingKind.MP3);
        assertThat(RecordingKind.of(bytes("OggS\u0000\u0002"))).hasValue(RecordingKind.OGG);
        assertThat(RecordingKind.of(bytes("\u0000\u0000\u0000\u0020ftypM4A \u0000\u0000\u0000\u0000"))).hasValue(RecordingKind.M4A);
        assertThat(RecordingKind.of(bytes("\u0000\u0000\u0000\u0018ftypisom\u0000\u0000\u0002\u0000"))).hasValue(RecordingKind.MP4);
        byte[] webm = new byte[40];
        System.arraycopy(new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 0, webm, 0, 4);
        System.arraycopy(bytes("\u0042\u0082\u0084webm"), 0, webm, 20, 7);
        assertThat(RecordingKind.of(webm)).hasValue(RecordingKind.WEBM);
    }

    @Test
    void anythingElseIsNotARecording() {
        byte[] matroska = new byte[40];
        System.arraycopy(new byte[]{0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 0, matroska, 0, 4);
        System.arraycopy(bytes("matroska"), 0, matroska, 20, 8);

        assertThat(RecordingKind.of(matroska)).as("Matroska that is not WebM").isEmpty();
        assertThat(RecordingKind.of(new byte[]{(byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80})).as("AAC in ADTS frames").isEmpty();
        assertThat(RecordingKind.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})).isEmpty();
        assertThat(RecordingKind.of(bytes("RIFF\u0000\u0000\u0000\u0000AVI "))).as("a RIFF that is not WAVE").isEmpty();
        assertThat(RecordingKind.of(bytes("WEBVTT"))).isEmpty();
        assertThat(RecordingKind.of(new byte[0])).isEmpty();
    }

    @Test
    void audioLessonsTakeAudioAndVideoLessonsVideo() {
        assertThat(RecordingKind.MP3.fits(LessonFormat.AUDIO)).isTrue();
        assertThat(RecordingKind.MP3.fits(LessonFormat.VIDEO)).isFalse();
        assertThat(RecordingKind.WEBM.fits(LessonFormat.VIDEO)).isTrue();
        assertThat(RecordingKind.MP4.fits(LessonFormat.AUDIO)).isFalse();
        assertThat(RecordingKind.WAV.fits(LessonFormat.TEXT)).isFalse();
    }

    @Test
    void captionsAreUtf8TextThatOpensWithWebVtt() {
        assertThat(MediaUploads.isWebVtt(bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nHej\n"))).isTrue();
        assertThat(MediaUploads.isWebVtt(bytes("WEBVTT - a title\n"))).isTrue();
        assertThat(MediaUploads.isWebVtt("\uFEFFWEBVTT\n".getBytes(StandardCharsets.UTF_8))).as("after a byte-order mark").isTrue();
        assertThat(MediaUploads.isWebVtt(bytes("WEBVTT"))).isTrue();

        assertThat(MediaUploads.isWebVtt(bytes("WEBVTTX\n"))).isFalse();
        assertThat(MediaUploads.isWebVtt(bytes("1\n00:00:00,000 --> 00:00:01,000\nSRT\n"))).isFalse();
        assertThat(MediaUploads.isWebVtt(new byte[]{'W', 'E', 'B', 'V', 'T', 'T', '\n', (byte) 0xC3, '('})).as("broken UTF-8").isFalse();
        assertThat(MediaUploads.isWebVtt(bytes("WEBVTT\n\u0000"))).as("a null character").isFalse();
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }
}
