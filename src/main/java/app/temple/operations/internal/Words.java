package app.temple.operations.internal;

import java.util.List;
import java.util.random.RandomGenerator;

/** Plain wellbeing prose for grown rows: titles, slugs and sentences that read like the real ones in length. */
final class Words {

    private static final List<String> TOPICS = List.of("rest", "breath", "boundaries", "desire", "trust", "touch",
            "sleep", "stress", "closeness", "curiosity", "shame", "pleasure", "attention", "conversation", "habits");
    private static final List<String> OPENINGS = List.of("Noticing", "Making room for", "Talking about",
            "A gentle guide to", "What research says about", "Coming back to", "Small steps towards");
    private static final List<String> SENTENCES = List.of(
            "Today I noticed that I hold my breath when a conversation gets close.",
            "It was easier to say what I wanted when I had written it down first.",
            "I felt tired rather than uninterested, and naming that helped.",
            "We tried the ten-minute check-in and it felt awkward, then kind.",
            "My body relaxed once I stopped trying to get it right.",
            "I want to ask about pacing before the next session.",
            "Old beliefs came up; I wrote them down and looked at them later.",
            "Slowing down made more difference than any technique.");

    private Words() {
    }

    static String title(int n) {
        return OPENINGS.get(n % OPENINGS.size()) + " " + TOPICS.get(n % TOPICS.size()) + ", part " + (n / 100 + 1);
    }

    static String slug(int n) {
        return TOPICS.get(n % TOPICS.size());
    }

    static String paragraph(int n) {
        return SENTENCES.get(n % SENTENCES.size()) + " " + SENTENCES.get((n / 7) % SENTENCES.size());
    }

    static String sentence(RandomGenerator random) {
        return SENTENCES.get(random.nextInt(SENTENCES.size()));
    }
}
