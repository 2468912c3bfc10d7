/**
 * Share links: a realtor gives a landlord a link to a client's profile, with the sections the realtor
 * chose, for a limited time. The token lives only in the link (the database keeps its SHA-256); the
 * public page reads through row-level security bound to that hash, records each view, and keeps the
 * token out of every log ({@link dev.foyer.clients.share.ShareTokenFilter}).
 */
package dev.foyer.clients.share;
