package dev.foyer.contacts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.foyer.database.ActingUser;
import dev.foyer.database.RowLevelSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a user's contacts as CSV straight from a database cursor to the response, row by row.
 * It runs after the controller has returned, on another thread, so it opens its own read-only
 * transaction bound to the user (the binding happens when a transaction begins) and keeps it open
 * until the last row is written.
 */
@Component
class ContactExport {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(Arrays.stream(ContactColumn.values()).map(ContactColumn::header).toArray(String[]::new))
            .get();

    private final ContactRepository contacts;
    private final TransactionTemplate readOnly;

    ContactExport(ContactRepository contacts, PlatformTransactionManager transactions) {
        this.contacts = contacts;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    void write(ActingUser user, String q, List<UUID> tagIds, ContactListQuery.Sort sort, boolean descending,
               OutputStream out) {
        RowLevelSecurity.runAs(user, () -> readOnly.executeWithoutResult(status -> {
            try {
                var csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), FORMAT);
                contacts.export(user.id(), q, tagIds, sort, descending, row -> print(csv, row));
                // Flushed, not closed: the servlet container owns the response stream.
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static void print(CSVPrinter csv, String[] row) {
        try {
            csv.printRecord(Arrays.stream(row).map(SpreadsheetCells::guard).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
