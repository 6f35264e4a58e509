package app.temple.site.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadableTextTest {

    @Test
    void decodesAFormAsTheContainerWould() throws Exception {
        Map<String, List<String>> fields = ReadableText.fields(bytes("a=1&b=caf%C3%A9+au+lait&a=2&&flag&empty="));

        assertThat(fields).containsExactly(Map.entry("a", List.of("1", "2")), Map.entry("b", List.of("café au lait")),
                Map.entry("flag", List.of("")), Map.entry("empty", List.of("")));
    }

    @Test
    void refusesNullCharactersBrokenUtf8AndBrokenEscapes() {
        for (String hostile : List.of("q=a%00b", "q%00=a", "q=%C3%28", "q=%FF", "q=%ED%A0%80", "q=%Z1", "q=abc%4")) {
            assertThatThrownBy(() -> ReadableText.fields(bytes(hostile))).as(hostile).isInstanceOf(ReadableText.Unreadable.class);
        }
        assertThatThrownBy(() -> ReadableText.fields(new byte[]{'q', '=', (byte) 0xC3, '('})).isInstanceOf(ReadableText.Unreadable.class);
        assertThatThrownBy(() -> ReadableText.fields(new byte[]{'q', '=', 0})).isInstanceOf(ReadableText.Unreadable.class);
    }

    @Test
    void aQueryStringIsCheckedAsTheRequestLineSentIt() throws Exception {
        ReadableText.checkQuery("q=%F0%9F%98%80&page=2");
        assertThatThrownBy(() -> ReadableText.checkQuery("q=caf\u00e9")).as("a raw Latin-1 byte is not UTF-8")
                .isInstanceOf(ReadableText.Unreadable.class);
        assertThatThrownBy(() -> ReadableText.checkQuery("q=\uFFFD")).isInstanceOf(ReadableText.Unreadable.class);
    }

    @Test
    void refusesTooManyFields() {
        String many = "f=1&".repeat(ReadableText.MAX_FIELDS + 1);

        assertThatThrownBy(() -> ReadableText.fields(bytes(many))).isInstanceOf(ReadableText.Unreadable.class);
    }

    @Test
    void jsonMayNotSpellANullCharacterAsAnEscape() throws Exception {
        ReadableText.checkJson("{\"a\": \"\\\\u0000 is how you write it\", \"b\": \"\\u00e9\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ReadableText.checkJson(bytes("{\"a\": \"x\\u0000\"}"))).isInstanceOf(ReadableText.Unreadable.class);
        assertThatThrownBy(() -> ReadableText.checkJson(bytes("{\"a\": \"\\\\\\u0000\"}"))).isInstanceOf(ReadableText.Unreadable.class);
        assertThatThrownBy(() -> ReadableText.checkJson(new byte[]{'"', (byte) 0xFF, '"'})).isInstanceOf(ReadableText.Unreadable.class);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }
}
