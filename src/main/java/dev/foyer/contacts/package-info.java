/**
 * Contacts and their colored tags (seed 004): the people a user does business with, search over
 * them, CSV import and export, duplicates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package dev.foyer.contacts;
