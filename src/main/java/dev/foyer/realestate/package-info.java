/**
 * The investor CRM of seed 003: leads, properties, and the documents of both.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Real estate")
package dev.foyer.realestate;
