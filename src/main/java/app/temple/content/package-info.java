/**
 * Starting content: reads the files of {@code content/} on start (the copy bundled in the jar, or the folder
 * {@code TEMPLE_CONTENT_DIR} names) and hands each new or changed file to the module that owns its kind. A file
 * whose hash is unchanged is skipped; a malformed file stops the start with its name and line, so broken content
 * never goes live half-loaded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content")
package app.temple.content;
