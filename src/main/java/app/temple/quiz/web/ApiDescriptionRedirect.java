package app.temple.quiz.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The quiz API was first described by a hand-written file at {@code /api/quizzes.yaml}. The description is now
 * generated from the code, so the old address moves for good to the generated YAML and can never drift from it.
 */
@RestController
@Hidden
class ApiDescriptionRedirect {

    static final String OLD = "/api/quizzes.yaml";
    static final String GENERATED = "/v3/api-docs.yaml";

    @GetMapping(OLD)
    ResponseEntity<Void> moved() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, GENERATED).build();
    }
}
