package app.temple.site.web;

import app.temple.content.ContentYaml;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The crisis and support contacts for the "Get help now" page, read once from {@code help/contacts.yaml}. Each
 * contact says when and where it was checked, and the page shows exactly that: a number seen only on other pages
 * than the service's own says so, and a number that was not confirmed is not shown at all.
 */
@Component
class HelpContacts {

    private final HelpDirectory directory;

    HelpContacts() {
        this.directory = read(new ClassPathResource("help/contacts.yaml"));
    }

    HelpDirectory directory() {
        return directory;
    }

    @SuppressWarnings("unchecked")
    static HelpDirectory read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<HelpDirectory.Region> regions = ((List<Map<String, Object>>) yaml.get("regions")).stream()
                    .map(HelpContacts::region)
                    .toList();
            return new HelpDirectory(regions);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the help contacts", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static HelpDirectory.Region region(Map<String, Object> yaml) {
        List<HelpDirectory.Contact> contacts = ((List<Map<String, Object>>) yaml.get("contacts")).stream()
                .map(HelpContacts::contact)
                .toList();
        return new HelpDirectory.Region((String) yaml.get("id"), text(yaml.get("name")), contacts);
    }

    private static HelpDirectory.Contact contact(Map<String, Object> yaml) {
        HelpDirectory.Check check = check(yaml);
        boolean withheld = check.state() == HelpDirectory.CheckState.NUMBER_WITHHELD;
        if (withheld == (yaml.get("number") != null)) {
            throw new IllegalStateException("help/contacts.yaml: " + yaml.get("id")
                    + (withheld ? " gives a number its check did not confirm" : " needs a number, or the check state number-withheld"));
        }
        return new HelpDirectory.Contact(text(yaml.get("name")), (String) yaml.get("number"), (String) yaml.get("dial"),
                text(yaml.get("sms")), text(yaml.get("when")), text(yaml.get("hours")), text(yaml.get("notes")),
                (String) yaml.get("source"), (String) yaml.get("web"), check);
    }

    /** Every contact says when, where and how far it was checked; one that does not is a mistake in the file. */
    @SuppressWarnings("unchecked")
    private static HelpDirectory.Check check(Map<String, Object> yaml) {
        if (!(yaml.get("check") instanceof Map<?, ?> check) || check.get("day") == null || check.get("state") == null
                || !(check.get("how") instanceof Map<?, ?> how) || how.get("en") == null || how.get("sv") == null) {
            throw new IllegalStateException("help/contacts.yaml: " + yaml.get("id") + " needs check: {day, state, how: {en, sv}}");
        }
        Map<String, Object> fields = (Map<String, Object>) check;
        return new HelpDirectory.Check(ContentYaml.date(fields.get("day")), HelpDirectory.CheckState.of(fields.get("state").toString()),
                text(fields.get("how")));
    }

    @SuppressWarnings("unchecked")
    private static HelpDirectory.Text text(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> byLanguage = (Map<String, String>) map;
            return new HelpDirectory.Text(byLanguage.get("en"), byLanguage.getOrDefault("sv", byLanguage.get("en")));
        }
        return value == null ? null : new HelpDirectory.Text(value.toString(), value.toString());
    }
}
