package app.temple.booking.web;

import app.temple.booking.internal.Bilingual;
import app.temple.booking.internal.Practitioner;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What she writes about herself, in English and Swedish, and the languages she works in, as typed. */
public record PractitionerProfileForm(String bioEn, String bioSv, String approachEn, String approachSv,
                                      String credentialsEn, String credentialsSv, String languages) {

    static final int TEXT_MAXIMUM = 4000;
    static final List<String> FIELDS = List.of("bioEn", "bioSv", "approachEn", "approachSv", "credentialsEn", "credentialsSv");

    public PractitionerProfileForm {
        bioEn = bioEn == null ? "" : bioEn;
        bioSv = bioSv == null ? "" : bioSv;
        approachEn = approachEn == null ? "" : approachEn;
        approachSv = approachSv == null ? "" : approachSv;
        credentialsEn = credentialsEn == null ? "" : credentialsEn;
        credentialsSv = credentialsSv == null ? "" : credentialsSv;
        languages = languages == null ? "" : languages;
    }

    static PractitionerProfileForm of(Practitioner practitioner) {
        Practitioner.Profile profile = practitioner.profile();
        return new PractitionerProfileForm(profile.bio().en(), profile.bio().sv(), profile.approach().en(),
                profile.approach().sv(), profile.credentials().en(), profile.credentials().sv(),
                String.join(", ", practitioner.languages()));
    }

    /** A text field's value by its name, for the template's loop. */
    public String value(String field) {
        return switch (field) {
            case "bioEn" -> bioEn;
            case "bioSv" -> bioSv;
            case "approachEn" -> approachEn;
            case "approachSv" -> approachSv;
            case "credentialsEn" -> credentialsEn;
            case "credentialsSv" -> credentialsSv;
            default -> languages;
        };
    }

    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String text = value(field);
            if (text.isBlank() || text.length() > TEXT_MAXIMUM) {
                problems.put(field, "desk.profile.error.text");
            }
        }
        List<String> codes = languageCodes();
        if (codes.isEmpty() || codes.size() > 12 || !codes.stream().allMatch(code -> code.matches("[a-z]{2,3}"))) {
            problems.put("languages", "desk.profile.error.languages");
        }
        return problems;
    }

    Practitioner.Profile profile() {
        return new Practitioner.Profile(new Bilingual(bioEn.strip(), bioSv.strip()),
                new Bilingual(approachEn.strip(), approachSv.strip()),
                new Bilingual(credentialsEn.strip(), credentialsSv.strip()));
    }

    /** Language codes such as {@code en, sv}, lower-cased, in her order, each once. */
    List<String> languageCodes() {
        if (languages.length() > 100) {
            return List.of("?");
        }
        return Arrays.stream(languages.split("[,\\s]+")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
