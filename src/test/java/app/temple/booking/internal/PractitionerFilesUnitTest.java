package app.temple.booking.internal;

import app.temple.content.ContentFile;
import app.temple.content.MalformedContentException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PractitionerFilesUnitTest {

    @Test
    void theDemoPractitionersAreFictionalOneOfEachKindInThreeZonesOneWithoutDaylightSaving() throws IOException {
        List<PractitionerDraft> drafts;
        try (var files = Files.list(Path.of("content/practitioners"))) {
            drafts = files.sorted().map(PractitionerFilesUnitTest::file).map(PractitionerFiles::read).toList();
        }

        assertThat(drafts).hasSize(3);
        assertThat(drafts).allMatch(draft -> draft.practitioner().fictional());
        assertThat(drafts.stream().map(draft -> draft.practitioner().kind()).collect(Collectors.toSet()))
                .isEqualTo(Set.of(PractitionerKind.values()));
        assertThat(drafts.stream().map(draft -> draft.practitioner().zone().getId()).collect(Collectors.toSet()))
                .isEqualTo(Set.of("Europe/Stockholm", "America/New_York", "Asia/Tokyo"));
        assertThat(ZoneId.of("Asia/Tokyo").getRules().isFixedOffset() || ZoneId.of("Asia/Tokyo").getRules().getTransitionRules().isEmpty())
                .isTrue();
        PractitionerDraft aiko = drafts.getFirst();
        assertThat(aiko.sessionTypes()).extracting(SessionType::slug).containsExactly("coaching-session", "check-in");
        assertThat(aiko.sessionTypes().getFirst().price()).isEqualTo(Price.ARRANGED);
        assertThat(aiko.sessionTypes().get(1).price()).isEqualTo(new Price.Fixed(6000, java.util.Currency.getInstance("JPY")));
        assertThat(aiko.sessionTypes().get(1).cancellationWindow()).isEqualTo(Duration.ofHours(12));
        assertThat(drafts).allMatch(draft -> Files.exists(Path.of("src/main/resources/static/booking/portraits",
                draft.practitioner().portrait())));
    }

    @Test
    void aSessionTypeMayComeAsAWeeklySeriesOfTwoToFiftyTwoWeeks() throws IOException {
        assertThat(PractitionerFiles.seriesWeeks(file(Path.of("content/practitioners/maja-lind.yaml"))))
                .isEqualTo(java.util.Map.of("therapy-session", 8));
        assertThat(PractitionerFiles.seriesWeeks(file(Path.of("content/practitioners/aiko-morita.yaml")))).isEmpty();
        String oneWeek = """
                slug: once
                session-types:
                  - slug: weekly
                    series-weeks: 1
                """;
        assertThatThrownBy(() -> PractitionerFiles.seriesWeeks(new ContentFile("practitioners/once.yaml", oneWeek, "x")))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("series-weeks needs whole numbers from 2 to 52");
    }

    @Test
    void aMistakeNamesItsFileAndLine() {
        String text = """
                slug: broken
                kind: trauma-informed-therapy
                name: Someone
                time-zone: Mars/Olympus
                """;

        assertThatThrownBy(() -> PractitionerFiles.read(new ContentFile("practitioners/broken.yaml", text, "x")))
                .isInstanceOf(MalformedContentException.class)
                .hasMessage("content/practitioners/broken.yaml line 4: time-zone must be a zone such as Europe/Stockholm");
    }

    @Test
    void aSlugMustNameItsFile() {
        assertThatThrownBy(() -> PractitionerFiles.read(new ContentFile("practitioners/other.yaml", "\nslug: broken\n", "x")))
                .isInstanceOf(MalformedContentException.class)
                .hasMessageContaining("line 2");
    }

    private static ContentFile file(Path path) {
        try {
            return new ContentFile("practitioners/" + path.getFileName(), Files.readString(path), "hash");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
