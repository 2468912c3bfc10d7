package dev.foyer.accounts;

import java.math.BigDecimal;

/** Seed 002's customer stats, over the user's own accounts only. */
public record AccountStats(ByType byType, long totalAccounts, long totalContacts, ContactsPerAccount contactsPerAccount) {

    public record ByType(long Residential, long Commercial) {
    }

    /** The average to two decimals; {@code withoutContacts} counts accounts that have none. */
    public record ContactsPerAccount(BigDecimal average, long max, long withoutContacts) {
    }
}
