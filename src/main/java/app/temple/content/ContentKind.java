package app.temple.content;

import java.nio.file.Path;

/**
 * One kind of starting content (articles, quizzes, courses, practitioners), owned by the module that
 * registers it as a bean. The loader hands it each new or changed file of its folder; files whose
 * content hash is unchanged since the last start are never handed over again.
 */
public interface ContentKind {

    /** The folder under {@code content/} this kind reads, e.g. {@code journal}; never null. */
    String folder();

    /** Whether the file (relative to {@link #folder()}) belongs to this kind, e.g. by its extension. */
    boolean accepts(Path relativePath);

    /**
     * Stores the file's content. Runs in the transaction that records the file's hash, so a failure
     * leaves neither behind.
     *
     * @throws MalformedContentException when the file cannot be understood
     */
    void load(ContentFile file);
}
