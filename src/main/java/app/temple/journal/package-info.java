/**
 * The Journal: science-based articles with their authors, tags, citations and FAQs; reading, search, feeds
 * and the sitemap for visitors; drafts, revisions and scheduled publishing for editors. Links to quizzes and
 * course lessons by slug only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal")
package app.temple.journal;
