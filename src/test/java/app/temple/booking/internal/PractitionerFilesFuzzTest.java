package app.temple.booking.internal;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static app.temple.content.ContentFuzzing.file;
import static app.temple.content.ContentFuzzing.loadsOrIsMalformed;

/** Whatever bytes a practitioner's file holds, it loads as her profile or is refused as malformed. */
class PractitionerFilesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"slug: maja-lind", "session-types:", "  - slug: ", "    minutes: ", "    price: ",
            "series-weeks: ", "zone: Europe/Stockholm", "languages: [", "hours:"})
    void aPractitionerFileLoadsOrIsMalformed(byte[] input) {
        loadsOrIsMalformed(() -> {
            PractitionerFiles.read(file("practitioners/maja-lind.yaml", input));
            PractitionerFiles.seriesWeeks(file("practitioners/maja-lind.yaml", input));
        });
    }
}
