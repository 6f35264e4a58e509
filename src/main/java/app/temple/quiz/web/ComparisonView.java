package app.temple.quiz.web;

import app.temple.quiz.internal.PartnerLinks.Link;
import app.temple.quiz.internal.QuizDefinition;
import app.temple.quiz.internal.Result;

import java.util.List;

/**
 * A comparison as one of the two sees it. The results are shown only when both finished and both chose to reveal.
 *
 * @param asMember the inviting member is looking (otherwise the partner)
 * @param base     the page's own path, for its reveal and withdraw forms
 * @param partner  null until the partner has finished
 */
public record ComparisonView(QuizDefinition quiz, Link link, boolean asMember, String base, Result member,
                             Result partner) {

    public boolean revealed() {
        return link.revealed();
    }

    /** Whether the one looking has already chosen to reveal. */
    public boolean iRevealed() {
        return asMember ? link.memberReveal() : link.partnerReveal();
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
}
