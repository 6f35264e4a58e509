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
 * The crisis and support contacts for the "Get help now" page, read once from {@code help/contacts.yaml}.
 * Each number there was checked against the service's own page on the date the file gives; the page
 * shows that date so a reader knows how fresh it is.
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
            return new HelpDirectory(ContentYaml.date(yaml.get("checked-on")), regions);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the help contacts", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static HelpDirectory.Region region(Map<String, Object> yaml) {
        List<HelpDirectory.Contact> contacts = ((List<Map<String, Object>>) yaml.get("contacts")).stream()
                .filter(contact -> Boolean.TRUE.equals(contact.get("verified")) || contact.get("number") == null)
                .map(HelpContacts::contact)
                .toList();
        return new HelpDirectory.Region((String) yaml.get("id"), text(yaml.get("name")), contacts);
    }

    private static HelpDirectory.Contact contact(Map<String, Object> yaml) {
        return new HelpDirectory.Contact(text(yaml.get("name")), (String) yaml.get("number"), (String) yaml.get("dial"),
                text(yaml.get("sms")), text(yaml.get("when")), text(yaml.get("hours")), text(yaml.get("notes")),
                (String) yaml.get("source"), (String) yaml.get("web"));
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
