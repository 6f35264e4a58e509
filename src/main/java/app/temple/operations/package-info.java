/**
 * Operations: what Temple tells its operators and its load balancer. The Prometheus metrics only a scraper holding
 * the configured bearer token ({@code TEMPLE_METRICS_TOKEN}) may read; the health probes stay public because they say
 * nothing but "up". Until the node is first ready (its starting content loaded), every request but the probes is
 * answered 503, so that nothing is served or cached from a half-loaded platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package app.temple.operations;
