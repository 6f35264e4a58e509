package app.temple.quiz.web;

import app.temple.quiz.internal.Dimension;
import app.temple.quiz.internal.PartnerLinks.Link;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Result;

import java.util.List;

/**
 * A comparison as one of the two sees it. The results are shown only when both finished and both chose to reveal.
 *
 * @param asMember the inviting member is looking (otherwise the partner)
 * @param base     the page's own path, for its reveal and withdraw forms
 * @param member   the member's result; null on the partner's side until both revealed
 * @param partner  null until the partner has finished
 */
public record ComparisonView(QuizDefinition quiz, Link link, boolean asMember, String base, Result member,
                             Result partner) {

    public boolean revealed() {
        return link.revealed();
    }

    /** A comparison in her list: the quiz, where it is, and how far it has come. */
    public record Listed(QuizDefinition quiz, Link link, String base) {
    }

    /** Whether the one looking has already chosen to reveal. */
    public boolean iRevealed() {
        return asMember ? link.memberReveal() : link.partnerReveal();
    }

    /**
     * The safety gate of the result page, for two: when either of them said she does not feel safe with her partner,
     * or is not sure, the safety card comes first and the conversation prompts, which assume two people safe with
     * each other, are withheld. The page never says which of them answered so.
     */
    public boolean unsafe() {
        return (member != null && member.answers().unsafe()) || (partner != null && partner.answers().unsafe());
    }

    /** Whether the one looking said she is not safe, or not sure: known to her already, so safe to show her. */
    public boolean iAnsweredUnsafe() {
        Result mine = asMember ? member : partner;
        return mine != null && mine.answers().unsafe();
    }

    /** What the one looking answered to the safety question, so that the card repeats her own words back. */
    public String mySafetyAnswer() {
        Result mine = asMember ? member : partner;
        return mine == null ? null : mine.answers().safety();
    }

    /** The message keys of three conversation prompts written for this pair of profiles. */
    public List<String> prompts() {
        String a = profile(member);
        String b = profile(partner);
        return List.of("quiz.prompt." + a, "quiz.prompt." + b, a.equals(b) ? "quiz.prompt.same" : "quiz.prompt.different");
    }

    private static String profile(Result result) {
        return result == null || result.profile() == null ? "none" : result.profile().key();
    }

    /**
     * The two results, dimension by dimension, with the looker's own first: what the side-by-side bars draw. Only
     * for a revealed comparison, when both results are there.
     */
    public List<Pair> pairs() {
        Result mine = asMember ? member : partner;
        Result theirs = asMember ? partner : member;
        return quiz.dimensions().stream()
                .map(d -> new Pair(d, mine.scores().get(d.key()), theirs.scores().get(d.key()))).toList();
    }

    /** One dimension as both scored it; a score is null when there were too few answers for it. */
    public record Pair(Dimension dimension, Integer mine, Integer theirs) {

        public Integer shownMine() {
            return shown(mine);
        }

        public Integer shownTheirs() {
            return shown(theirs);
        }

        private static Integer shown(Integer score) {
            return score == null ? null : Result.shown(score);
        }

        /** Never the scores: this may end up in a log line. */
        @Override
        public String toString() {
            return "Pair[" + dimension.key() + ", redacted]";
        }
    }
}
