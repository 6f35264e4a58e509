package app.temple.quiz.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * A handler's {@link QuizForm} is read straight from the request's fields. Spring's binding of a record looked up the
 * record's components, their names, annotations and nullness by reflection on every post, a seventh of the CPU of a
 * quiz's answer (async-profiler, 2026-12-06); the form is eight texts and a number. A resolver of one's own is asked
 * before Spring's catch-all binding of other types, so every handler taking the form gets it from here, but not one
 * that marks it {@code @ModelAttribute}: that one Spring binds itself. A field sent twice counts once, the first.
 */
@Configuration(proxyBeanMethods = false)
class QuizFormReading implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == QuizForm.class;
    }

    @Override
    public QuizForm resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                    NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return QuizForm.read(request::getParameter);
    }
}
