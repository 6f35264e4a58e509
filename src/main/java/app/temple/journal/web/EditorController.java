package app.temple.journal.web;

import app.temple.journal.internal.ArticleDocument;
import app.temple.journal.internal.ArticleRow;
import app.temple.journal.internal.Articles;
import app.temple.journal.internal.EditorProblem;
import app.temple.journal.internal.JournalEditor;
import app.temple.journal.internal.MarkdownRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import java.util.UUID;

/**
 * The editor's desk: every article with its state, writing with a preview, saving, scheduling, taking back to draft
 * and restoring.
 */
@Controller
class EditorController {

    static final String BASE = "/editor/journal";

    private final Articles articles;
    private final JournalEditor editor;
    private final MarkdownRenderer renderer;

    EditorController(Articles articles, JournalEditor editor, MarkdownRenderer renderer) {
        this.articles = articles;
        this.editor = editor;
        this.renderer = renderer;
    }

    @GetMapping(BASE)
    String desk(Model model) {
        model.addAttribute("articles", articles.all());
        return "journal/editor-desk";
    }

    @GetMapping(BASE + "/new")
    String blank(Model model) {
        model.addAttribute("form", EditorForm.blank());
        return "journal/editor-form";
    }

    @PostMapping(BASE + "/new")
    ModelAndView create(@RequestParam(defaultValue = "") String source, @RequestParam(defaultValue = "save") String action) {
        EditorForm form = EditorForm.fresh(source);
        if (action.equals("preview")) {
            return page(form.withPreview(preview(source)), HttpStatus.OK);
        }
        try {
            ArticleRow article = editor.createDraft(source);
            return new ModelAndView("redirect:" + BASE + "/" + article.id() + "?saved");
        } catch (EditorProblem problem) {
            return page(form.withProblem(problem), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @GetMapping(BASE + "/{id}")
    String edit(@PathVariable UUID id, @RequestParam(required = false) String saved,
                @RequestParam(required = false) String unpublished, Model model) {
        ArticleRow article = found(id);
        String source = articles.revision(article.currentRevision()).orElseThrow().source();
        String notice = unpublished != null ? "journal.editor.unpublished" : saved != null ? "journal.editor.saved" : null;
        model.addAttribute("form", EditorForm.of(article, source, articles.revisions(id)).withNotice(notice));
        return "journal/editor-form";
    }

    @PostMapping(BASE + "/{id}")
    ModelAndView update(@PathVariable UUID id, @RequestParam(defaultValue = "") String source,
                        @RequestParam(defaultValue = "save") String action, @RequestParam(defaultValue = "") String publishAt,
                        @RequestParam(defaultValue = EditorForm.DEFAULT_ZONE) String zone) {
        ArticleRow article = found(id);
        EditorForm form = EditorForm.of(article, source, articles.revisions(id)).withSchedule(ScheduleInput.shown(publishAt), zone);
        try {
            switch (action) {
                case "preview" -> {
                    return page(form.withPreview(preview(source)), HttpStatus.OK);
                }
                case "publish" -> editor.publish(id, source);
                case "schedule" -> editor.schedule(id, source, ScheduleInput.time(publishAt), ScheduleInput.zone(zone));
                default -> editor.save(id, source);
            }
        } catch (EditorProblem problem) {
            return page(form.withProblem(problem), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:" + BASE + "/" + id + "?saved");
    }

    /** Asks before taking an article off the site: a page of its own, so the step needs no script. */
    @GetMapping(BASE + "/{id}/unpublish")
    String confirmUnpublish(@PathVariable UUID id, Model model) {
        ArticleRow article = found(id);
        if (!article.canUnpublish()) {
            return "redirect:" + BASE + "/" + id;
        }
        model.addAttribute("article", article);
        return "journal/editor-unpublish";
    }

    @PostMapping(BASE + "/{id}/unpublish")
    ModelAndView unpublish(@PathVariable UUID id) {
        ArticleRow article = found(id);
        try {
            editor.unpublish(id);
        } catch (EditorProblem problem) {
            String source = articles.revision(article.currentRevision()).orElseThrow().source();
            return page(EditorForm.of(article, source, articles.revisions(id)).withProblem(problem), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:" + BASE + "/" + id + "?unpublished");
    }

    /** A revision of another article, or of none, is not found here: 404, and nothing changes. */
    @PostMapping(BASE + "/{id}/restore")
    String restore(@PathVariable UUID id, @RequestParam UUID revision) {
        editor.restore(id, revision).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:" + BASE + "/" + id + "?saved";
    }

    /** The live preview's fragment, for htmx. */
    @PostMapping(BASE + "/preview")
    String livePreview(@RequestParam(defaultValue = "") String source, Model model) {
        model.addAttribute("preview", preview(source));
        return "journal/editor-preview";
    }

    private Preview preview(String source) {
        try {
            ArticleDocument document = JournalEditor.read(source);
            return new Preview(document.title(), renderer.render(document), null, null);
        } catch (EditorProblem problem) {
            return new Preview(null, null, problem.messageKey(), problem.detail());
        }
    }

    private ArticleRow found(UUID id) {
        return articles.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ModelAndView page(EditorForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("journal/editor-form", status);
        page.addObject("form", form);
        return page;
    }
}
