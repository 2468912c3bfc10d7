/**
 * The documents a client uploads to an onboarding (seed 000's {@code client_documents}): the API under
 * {@code /api/onboardings/{id}/documents}, the type and size checks an upload passes before a byte is
 * stored, and the sweep that keeps object storage and the rows in step. The bytes live in the
 * {@code documents} module's object storage under keys made here ({@code onboardings/{id}/{uuid}}).
 */
package dev.foyer.clients.documents;
