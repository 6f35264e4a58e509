package app.temple.content;

import java.nio.charset.StandardCharsets;

/** What the content loaders' fuzz tests share: a file made of fuzzed bytes, and the one way a load may fail. */
public final class ContentFuzzing {

    private ContentFuzzing() {
    }

    /** A content file as the loader makes one: its bytes read as UTF-8, broken sequences replaced. */
    public static ContentFile file(String path, byte[] input) {
        return new ContentFile(path, new String(input, StandardCharsets.UTF_8), "fuzzed");
    }

    /** Runs {@code load}; only {@link MalformedContentException} may end it early. */
    public static void loadsOrIsMalformed(Runnable load) {
        try {
            load.run();
        } catch (MalformedContentException refused) {
            if (refused.getMessage() == null || !refused.getMessage().startsWith("content/")) {
                throw new AssertionError("a refusal that does not name its file: " + refused.getMessage(), refused);
            }
        }
    }
}
