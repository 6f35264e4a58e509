package app.temple.journal.web;

import app.temple.journal.internal.RenderedArticle;

/** What the preview shows: the rendered article, or why its source cannot be read. */
public record Preview(String title, RenderedArticle html, String problemKey, String problemDetail) {
}
