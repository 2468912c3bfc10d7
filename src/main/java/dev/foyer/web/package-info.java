/**
 * Web: the shared layout every page is drawn in (header with the Foyer name and navigation, main
 * content, footer), the home page, the friendly error pages, and the static assets they need (the
 * stylesheet, htmx from its webjar, the favicon). Feature modules add their own pages and navigation
 * entries; all visible text lives in {@code messages.properties}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package dev.foyer.web;
