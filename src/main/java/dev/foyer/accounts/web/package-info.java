/**
 * The customer account pages of the web UI: the account list with search as you type, type and tag
 * filters, pages and the stats strip; the account form with its billing and service addresses; and an
 * account's page with its contacts, the primary one marked and listed first. They call the module's
 * services exactly as the JSON API under {@code /api/accounts} does.
 */
package dev.foyer.accounts.web;
