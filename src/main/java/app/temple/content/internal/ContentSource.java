package app.temple.content.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import org.apache.commons.codec.digest.DigestUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where the starting content is read from: a folder an editor works in ({@link ContentFolder}), or the copy of the
 * repository's {@code content/} that the build puts into the jar ({@link BundledContent}). Both name a file by its
 * path under the content root, so a file's recorded hash means the same whichever source read it.
 */
sealed interface ContentSource permits ContentFolder, BundledContent {

    /** Every file under the kind's folder that the kind accepts, in path order. */
    List<ContentFile> filesOf(ContentKind kind);

    /** Where this source reads, for the start-up log and error messages. */
    String describe();

    static ContentFile file(String relativePath, byte[] bytes) {
        return new ContentFile(relativePath, new String(bytes, StandardCharsets.UTF_8), DigestUtils.sha256Hex(bytes));
    }
}
