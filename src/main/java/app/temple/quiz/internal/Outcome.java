package app.temple.quiz.internal;

/**
 * A profile or an overlay tag: the rule that selects it and what it says.
 *
 * @param assumesSafePartner its practice is advice for a partner she feels safe with; withheld when she is not
 *                           sure she is safe
 * @param blendWithin        for "highest dimension" profiles: when the top two dimensions are this close, the text
 *                           names both; 0 for never
 */
public record Outcome(String key, Rule rule, Text name, Text description, Text practice, boolean assumesSafePartner,
                      int blendWithin) {
}
