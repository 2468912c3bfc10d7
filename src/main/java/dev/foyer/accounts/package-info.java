/**
 * Customer accounts (seed 002): Residential and Commercial accounts with billing and service
 * addresses, notes and tags, and their contacts with at most one primary contact. Accounts are
 * searched by company and contact names through {@code search_accounts()}, which stays on an index
 * under row-level security. {@link dev.foyer.accounts.CustomerAccountService},
 * {@link dev.foyer.accounts.AccountContactService} and {@link dev.foyer.accounts.CustomerAccountQueries}
 * are the module's API; JSON under {@code /api/accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer accounts")
package dev.foyer.accounts;
