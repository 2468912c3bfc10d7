/**
 * The pages of realtor clients: the realtor's client list and client page, the client's
 * invitations and onboarding form (saved field by field as it is filled in).
 */
package dev.foyer.clients.web;
