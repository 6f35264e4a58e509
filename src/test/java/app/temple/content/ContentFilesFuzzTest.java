package app.temple.content;

import app.temple.journal.internal.ArticleSources;
import app.temple.quiz.internal.QuizFile;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;


import static app.temple.content.ContentFuzzing.file;
import static app.temple.content.ContentFuzzing.loadsOrIsMalformed;

/**
 * Whatever bytes a content file holds, loading it gives a document or a {@link MalformedContentException} naming the
 * file (which stops the start with a clear message), never another exception. The committed inputs include real
 * files of the starting content.
 */
class ContentFilesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"---", ": ", "- ", "&a ", "*a", "!!binary ", "!!java.lang.Object", "[", "{", "? ", "|",
            ">", "'", "2026-11-21", "~", "<<: *a"})
    void yamlAndFrontMatterLoadOrAreMalformed(byte[] input) {
        ContentFile file = file("journal/fuzzed.md", input);
        loadsOrIsMalformed(() -> ContentYaml.parse(file));
        loadsOrIsMalformed(() -> ContentYaml.frontMatter(file));
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"slug: ", "version: ", "scoring: ", "scale: ", "dimensions:", "items:", "  - key: ",
            "    number: ", "reverse: true", "profiles:", "relationship-question: true", "safety-question: true"})
    void aQuizFileLoadsOrIsMalformed(byte[] input) {
        loadsOrIsMalformed(() -> QuizFile.read(file("quizzes/fuzzed.yaml", input)));
    }

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"---", "slug: ", "title: ", "summary: ", "language: sv", "published: 2026-11-21",
            "reviewer: ", "reviewed-on: ", "citations:", "faq:", "[@", "]", "tags: [", "trauma-related: true"})
    void anArticleLoadsOrIsMalformed(byte[] input) {
        loadsOrIsMalformed(() -> ArticleSources.parse(file("journal/fuzzed.md", input)));
    }
}
