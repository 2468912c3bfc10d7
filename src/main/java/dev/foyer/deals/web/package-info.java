/**
 * The deal pages of the web UI: the dashboard with its chart of pipeline value by stage, the
 * pipeline as a kanban board (cards move by drag or by a "Move to" form that works without
 * JavaScript), the stage manager behind the board (add, edit, reorder and remove stages), the deal
 * form with the deal's timeline, and the deals panel on a contact's page.
 */
package dev.foyer.deals.web;
