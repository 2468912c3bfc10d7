/**
 * Customer accounts (seed 002): Residential and Commercial accounts with billing and service
 * addresses, tags, and their contacts with one primary contact.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer accounts")
package dev.foyer.accounts;
