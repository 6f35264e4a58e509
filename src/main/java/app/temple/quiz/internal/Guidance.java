package app.temple.quiz.internal;

import java.util.List;

/**
 * What one quiz adds to the safety and method texts every quiz shares (content/quizzes/README.md, all optional):
 * a note under the shared content note, its own
 * reasons to talk to a professional, and the support contacts its result page lists, in the order given.
 *
 * @param contentNote  shown under the shared "Before you start" note, or null
 * @param whenToTalk   added to the shared "When to talk to a professional" list
 * @param helpContacts listed on the result page, right after the profile and its tags
 */
public record Guidance(Text contentNote, List<Text> whenToTalk, List<HelpContact> helpContacts) {

    public Guidance {
        whenToTalk = List.copyOf(whenToTalk);
        helpContacts = List.copyOf(helpContacts);
    }
}
