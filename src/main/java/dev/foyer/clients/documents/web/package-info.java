/**
 * The documents panel that the onboarding pages include: the list, and for the client an upload
 * form with progress and delete buttons.
 */
package dev.foyer.clients.documents.web;
