package app.temple.content.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentKind;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The copy of the repository's {@code content/} that the build puts on the class path under {@value #ROOT} (pom.xml),
 * so that {@code java -jar} finds its starting content from whatever folder it is started in.
 */
record BundledContent(ClassLoader classLoader) implements ContentSource {

    static final String ROOT = "temple-content/";

    @Override
    public List<ContentFile> filesOf(ContentKind kind) {
        String folder = ROOT + kind.folder() + "/";
        Map<String, Resource> files = new TreeMap<>();
        for (Resource resource : resources("classpath*:" + folder + "**")) {
            String url = url(resource);
            // directories: a jar lists them as entries ending in "/", a folder on the class path as unreadable files
            if (url.endsWith("/") || !resource.isReadable()) {
                continue;
            }
            String relative = UriUtils.decode(url.substring(url.lastIndexOf(folder) + ROOT.length()), StandardCharsets.UTF_8);
            if (kind.accepts(Path.of(relative.substring(kind.folder().length() + 1)))) {
                files.putIfAbsent(relative, resource); // the first on the class path wins, as for any resource
            }
        }
        return files.entrySet().stream().map(entry -> read(entry.getKey(), entry.getValue())).toList();
    }

    @Override
    public String describe() {
        return "the copy bundled in the application (" + ROOT + ")";
    }

    private Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver(classLoader).getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + pattern, e);
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not locate " + resource, e);
        }
    }

    private static ContentFile read(String relativePath, Resource resource) {
        try {
            return ContentSource.file(relativePath, resource.getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
