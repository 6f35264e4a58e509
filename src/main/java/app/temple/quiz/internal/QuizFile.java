package app.temple.quiz.internal;

import app.temple.content.ContentFile;
import app.temple.content.ContentYaml;
import app.temple.content.MalformedContentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates one quiz file (format: content/quizzes/README.md). Every mistake stops the start with
 * the file, the line where it can be found, and what is wrong.
 */
public final class QuizFile {

    private final ContentFile file;
    private final String[] lines;

    private QuizFile(ContentFile file) {
        this.file = file;
        this.lines = file.text().replace("\r\n", "\n").split("\n", -1);
    }

    public static QuizDefinition read(ContentFile file) {
        return new QuizFile(file).definition(ContentYaml.parse(file));
    }

    private QuizDefinition definition(Map<String, Object> yaml) {
        String slug = string(yaml, "slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw error("slug:", "the slug '" + slug + "' must be lowercase words joined by hyphens");
        }
        int version = number(yaml, "version");
        if (version < 1) {
            throw error("version:", "the version must be 1 or more");
        }
        int scoringNumber = optionalNumber(yaml, "scoring", ScoringRules.ONE.number());
        ScoringRules scoring = ScoringRules.numbered(scoringNumber);
        if (scoring == null) {
            throw error("scoring:", "unknown scoring rule set " + scoringNumber + "; expected 1 (content/quizzes.md §0.1) "
                    + "or 2 (§0.2)");
        }
        String scale = string(yaml, "scale");
        if (!QuizDefinition.SCALES.contains(scale)) {
            throw error("scale:", "unknown scale '" + scale + "'; expected one of " + QuizDefinition.SCALES);
        }
        List<Dimension> dimensions = dimensions(yaml);
        List<Item> items = items(yaml, dimensions);
        List<Derived> derived = derived(yaml, dimensions);
        Names names = new Names(dimensions, derived, items.size());
        List<Outcome> profiles = outcomes(yaml, "profiles", names, true);
        List<Outcome> overlays = yaml.containsKey("overlays") ? outcomes(yaml, "overlays", names, false) : List.of();
        return new QuizDefinition(slug, version, scoring, optionalNumber(yaml, "order", 99), number(yaml, "minutes"),
                text(yaml, "title"), text(yaml, "summary"), text(yaml, "instruction"), scale,
                bool(yaml, "relationship-question"), bool(yaml, "safety-question"), bool(yaml, "partner-comparison"),
                dimensions, items, derived, profiles, overlays, text(yaml, "about"), text(yaml, "meaning"),
                text(yaml, "disclaimer"), optionalText(yaml, "critique"), optionalText(yaml, "safe-advice"),
                facts(yaml), optionalText(yaml, "profile-rules"), citations(yaml), links(yaml), guidance(yaml));
    }

    private List<Dimension> dimensions(Map<String, Object> yaml) {
        List<Dimension> dimensions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map<String, Object> entry : list(yaml, "dimensions")) {
            String key = string(entry, "key");
            if (!key.matches("[A-Z][A-Z0-9]*")) {
                throw error("key: " + key, "a dimension key must be capital letters, e.g. SP; got '" + key + "'");
            }
            if (!keys.add(key)) {
                throw error("key: " + key, "the dimension " + key + " is defined twice");
            }
            Text low = text(entry, "low");
            Text high = text(entry, "high");
            // the sentences came later than the labels: a quiz without them (any version already saved) still loads
            dimensions.add(new Dimension(key, text(entry, "name"), low, high, optionalText(entry, "means-low", low),
                    optionalText(entry, "means-high", high), bool(entry, "partnered-only")));
        }
        if (dimensions.isEmpty()) {
            throw error("dimensions:", "a quiz needs at least one dimension");
        }
        return List.copyOf(dimensions);
    }

    private List<Item> items(Map<String, Object> yaml, List<Dimension> dimensions) {
        List<Item> items = new ArrayList<>();
        int itemsLine = lineOf("items:", 0);
        for (Map<String, Object> entry : list(yaml, "items")) {
            int number = items.size() + 1;
            int line = nthLineAfter(itemsLine, "- ", number);
            Object dimension = entry.get("dimension");
            if (dimension == null) {
                throw file.malformed(line, "item " + number + " has no dimension");
            }
            if (dimensions.stream().noneMatch(d -> d.key().equals(dimension.toString()))) {
                throw file.malformed(line, "item " + number + " names the unknown dimension '" + dimension
                        + "'; the dimensions are " + dimensions.stream().map(Dimension::key).toList());
            }
            items.add(new Item(number, dimension.toString(), bool(entry, "reverse"), textAt(entry, "text", line),
                    entry.containsKey("text-unpartnered") ? textAt(entry, "text-unpartnered", line) : null));
        }
        for (Dimension dimension : dimensions) {
            if (items.stream().noneMatch(item -> item.dimension().equals(dimension.key()))) {
                throw error("key: " + dimension.key(), "the dimension " + dimension.key() + " has no items");
            }
        }
        return List.copyOf(items);
    }

    private List<Derived> derived(Map<String, Object> yaml, List<Dimension> dimensions) {
        if (!yaml.containsKey("derived")) {
            return List.of();
        }
        List<Derived> derived = new ArrayList<>();
        for (Map<String, Object> entry : list(yaml, "derived")) {
            String key = string(entry, "key");
            String value = string(entry, "value");
            Rule.Term term;
            try {
                term = Rule.Term.parse(value.trim().split("\\s+"));
            } catch (IllegalArgumentException e) {
                throw error("value: " + value, e.getMessage());
            }
            for (String name : term.names()) {
                if (dimensions.stream().noneMatch(d -> d.key().equals(name))) {
                    throw error("value: " + value, "the derived value " + key + " reads the unknown dimension " + name);
                }
            }
            derived.add(new Derived(key, string(entry, "group"), term));
        }
        return List.copyOf(derived);
    }

    private List<Outcome> outcomes(Map<String, Object> yaml, String section, Names names, boolean profiles) {
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map<String, Object> entry : list(yaml, section)) {
            String key = string(entry, "key");
            if (!keys.add(key)) {
                throw error("key: " + key, "the " + section + " key " + key + " is used twice");
            }
            String when = string(entry, "when");
            int line = lineOfRule(when);
            Rule rule;
            try {
                rule = Rule.parse(when);
            } catch (IllegalArgumentException e) {
                throw file.malformed(line, key + ": " + e.getMessage());
            }
            names.check(rule, key, line, file);
            String never = rule.whyNeverTrue(names::range);
            if (never != null) {
                throw file.malformed(line, "the rule of " + key + " can never fire: " + never);
            }
            if (profiles && !outcomes.isEmpty() && outcomes.getLast().rule().isAlways()) {
                throw file.malformed(line, "the rule of " + key + " can never fire: the profile before it ("
                        + outcomes.getLast().key() + ") matches everything");
            }
            outcomes.add(new Outcome(key, rule, text(entry, "name"), text(entry, "description"), text(entry, "practice"),
                    bool(entry, "assumes-safe-partner"), optionalNumber(entry, "blend-within", 0)));
        }
        if (profiles && (outcomes.isEmpty() || !outcomes.getLast().rule().isAlways())) {
            throw error("profiles:", "the last profile must have 'when: always' so that every answer pattern gets one");
        }
        return List.copyOf(outcomes);
    }

    /** Optional: each entry is a text in English and Swedish, its citation written into the sentence. */
    private List<Text> facts(Map<String, Object> yaml) {
        if (!yaml.containsKey("facts")) {
            return List.of();
        }
        int factsLine = lineOf("facts:", 0);
        List<Text> facts = new ArrayList<>();
        for (Map<String, Object> entry : list(yaml, "facts")) {
            facts.add(textAt(entry, "text", nthLineAfter(factsLine, "- ", facts.size() + 1)));
        }
        return List.copyOf(facts);
    }

    private List<Citation> citations(Map<String, Object> yaml) {
        List<Citation> citations = new ArrayList<>();
        for (Map<String, Object> entry : list(yaml, "citations")) {
            Object url = entry.get("url");
            citations.add(new Citation(string(entry, "text"), url == null ? null : url.toString()));
        }
        return List.copyOf(citations);
    }

    /** The optional keys a quiz adds to the shared safety and method texts; see {@link Guidance}. */
    private Guidance guidance(Map<String, Object> yaml) {
        List<HelpContact> contacts = new ArrayList<>();
        for (Map<String, Object> entry : optionalList(yaml, "help-contacts")) {
            Object number = entry.get("number");
            if (number != null && !number.toString().matches("\\+?[0-9][0-9 -]*[0-9]")) {
                throw error("number: " + number, "the help contact number '" + number + "' must be digits, spaces and hyphens");
            }
            contacts.add(new HelpContact(text(entry, "name"), number == null ? null : number.toString(), text(entry, "note")));
        }
        return new Guidance(optionalText(yaml, "content-note"), texts(yaml, "when-to-talk"), contacts);
    }

    /** A list of {@code - text: {en, sv}} entries, or none when the key is absent. */
    private List<Text> texts(Map<String, Object> yaml, String key) {
        return optionalList(yaml, key).stream().map(entry -> text(entry, "text")).toList();
    }

    private List<Map<String, Object>> optionalList(Map<String, Object> yaml, String key) {
        return yaml.containsKey(key) ? list(yaml, key) : List.of();
    }

    private Map<String, String> links(Map<String, Object> yaml) {
        Map<String, String> links = new LinkedHashMap<>();
        if (yaml.get("links") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> links.put(k.toString(), v.toString()));
        }
        return Map.copyOf(links);
    }

    /** The names a quiz's rules may read, and the range each can take. */
    private record Names(List<Dimension> dimensions, List<Derived> derived, int itemCount) {

        void check(Rule rule, String key, int line, ContentFile file) {
            for (String name : rule.names()) {
                boolean known;
                if (name.startsWith("group:")) {
                    String group = name.substring(6);
                    known = group.equals(Rule.DIMENSIONS) || derived.stream().anyMatch(d -> d.group().equals(group));
                } else if (name.startsWith("item.")) {
                    known = name.substring(5).matches("\\d+") && Integer.parseInt(name.substring(5)) >= 1
                            && Integer.parseInt(name.substring(5)) <= itemCount;
                } else {
                    known = dimensions.stream().anyMatch(d -> d.key().equals(name))
                            || derived.stream().anyMatch(d -> d.key().equals(name));
                }
                if (!known) {
                    throw file.malformed(line, "the rule of " + key + " reads '" + name.replace("group:", "the group ")
                            + "', which this quiz does not define");
                }
            }
        }

        int[] range(String name) {
            return name.startsWith("item.") ? new int[]{1, 5} : new int[]{0, 100};
        }
    }

    // --- reading values, with the line to blame when one is wrong

    private MalformedContentException error(String needle, String reason) {
        return file.malformed(lineOf(needle, 0), reason);
    }

    private int lineOf(String needle, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private int lineOfRule(String rule) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("when:") && lines[i].contains(rule.trim())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The line of the n-th list entry ("- ") at the first indentation found after a section's line. */
    private int nthLineAfter(int sectionLine, String marker, int n) {
        int indent = -1;
        int seen = 0;
        for (int i = sectionLine; i < lines.length && sectionLine > 0; i++) {
            String trimmed = lines[i].stripLeading();
            int at = lines[i].length() - trimmed.length();
            if (!trimmed.isEmpty() && at == 0 && !trimmed.startsWith("- ")) {
                break;
            }
            if (trimmed.startsWith(marker) && (indent < 0 || at == indent)) {
                indent = at;
                if (++seen == n) {
                    return i + 1;
                }
            }
        }
        return sectionLine;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (!(value instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof Map))) {
            throw error(key + ":", "'" + key + "' must be a list of entries");
        }
        return (List<Map<String, Object>>) value;
    }

    private String string(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value == null || value.toString().isBlank()) {
            throw file.malformed(0, "'" + key + "' is missing" + where(yaml));
        }
        return value.toString();
    }

    private int number(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (!(value instanceof Integer number)) {
            throw error(key + ":", "'" + key + "' must be a whole number");
        }
        return number;
    }

    private int optionalNumber(Map<String, Object> yaml, String key, int otherwise) {
        return yaml.containsKey(key) ? number(yaml, key) : otherwise;
    }

    private boolean bool(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value != null && !(value instanceof Boolean)) {
            throw error(key + ":", "'" + key + "' must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    private Text text(Map<String, Object> yaml, String key) {
        return textAt(yaml, key, 0);
    }

    private Text optionalText(Map<String, Object> yaml, String key) {
        return optionalText(yaml, key, null);
    }

    private Text optionalText(Map<String, Object> yaml, String key, Text otherwise) {
        return yaml.containsKey(key) ? text(yaml, key) : otherwise;
    }

    private Text textAt(Map<String, Object> yaml, String key, int line) {
        if (!(yaml.get(key) instanceof Map<?, ?> map)) {
            throw file.malformed(line > 0 ? line : lineOf(key + ":", 0),
                    "'" + key + "' must have an English (en) and a Swedish (sv) text" + where(yaml));
        }
        Object en = map.get("en");
        Object sv = map.get("sv");
        if (en == null || sv == null || en.toString().isBlank() || sv.toString().isBlank()) {
            throw file.malformed(line > 0 ? line : lineOf(key + ":", 0),
                    "'" + key + "' needs both an English (en) and a Swedish (sv) text" + where(yaml));
        }
        return new Text(en.toString().strip(), sv.toString().strip());
    }

    private static String where(Map<String, Object> yaml) {
        Object key = yaml.get("key");
        return key == null ? "" : " (in " + key + ")";
    }
}
