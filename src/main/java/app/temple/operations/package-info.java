/**
 * Operations: who may read what Temple tells its operators. Today that is the Prometheus metrics, which only a
 * scraper holding the configured bearer token ({@code TEMPLE_METRICS_TOKEN}) may read; the health probes stay
 * public because they say nothing but "up".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package app.temple.operations;
