package app.temple.quiz.web;

import java.util.Map;

/**
 * The body of {@code POST /api/quizzes/{slug}/score}.
 *
 * @param answers      item number (1-based, as text) to an answer from 1 to 5; null or absent for "prefer not to
 *                     answer"
 * @param relationship for quizzes that ask it: {@code yes}, {@code no} or {@code complicated}; absent counts as yes
 * @param safety       for quizzes that ask it: {@code yes}, {@code not-sure}, {@code no}, {@code prefer-not} or
 *                     {@code no-partner}
 */
public record ScoreRequest(Map<String, Integer> answers, String relationship, String safety) {
}
