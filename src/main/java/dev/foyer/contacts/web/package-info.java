/**
 * The contact pages of the web UI: the contact list with search as you type, a tag filter, sorting
 * and pages; a contact's page with its tags and the panels other modules add to it
 * ({@link dev.foyer.contacts.ContactPanel}); the contact form; and the tag manager. They call the
 * module's services exactly as the JSON API does.
 */
package dev.foyer.contacts.web;
