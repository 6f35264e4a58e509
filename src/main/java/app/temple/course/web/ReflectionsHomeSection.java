package app.temple.course.web;

import app.temple.account.AccountHomeSection;
import app.temple.course.MyReflections;
import app.temple.site.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Her newest reflections on her account home: on which lesson and when, never their words, which stay on her
 * reflections page, one click further, so that a glance over her shoulder at her home shows nothing she wrote.
 */
@Component
class ReflectionsHomeSection implements AccountHomeSection {

    static final int SHOWN = 3;

    private final MyReflections reflections;
    private final MessageSource messages;

    ReflectionsHomeSection(MyReflections reflections, MessageSource messages) {
        this.reflections = reflections;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Card> cardFor(UUID member, Locale locale) {
        List<MyReflections.Listed> mine = reflections.listOf(member, locale.getLanguage());
        List<Item> newest = mine.stream().limit(SHOWN).map(reflection -> new Item(
                "/courses/" + reflection.id() + "#reflection",
                reflection.lessonTitle(),
                text("course.account.reflection.note", locale, reflection.courseTitle(),
                        Dates.day(reflection.updatedAt(), Dates.HOME, locale)))).toList();
        return Optional.of(new Card(text("course.reflections.title", locale), newest,
                new Empty(text("course.account.reflections.empty", locale),
                        new Link(CourseController.INDEX, text("course.account.reflections.begin", locale))),
                mine.isEmpty() ? List.of() : List.of(new Link("/account/reflections",
                        text("course.account.reflections.all", locale, mine.size())))));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
