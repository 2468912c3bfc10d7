package dev.foyer.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import dev.foyer.database.ActingUser;
import dev.foyer.database.RowLevelSecurity;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A CSV attachment written straight from a database cursor to the response, row by row. The body
 * is written after the controller has returned, on another thread, so it opens its own read-only
 * transaction bound to the user (the binding happens when a transaction begins) and keeps it open
 * until the last row is written. Check the request before asking for one: once the body streams,
 * the answer is a 200.
 */
@Component
public class CsvDownloads {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TransactionTemplate readOnly;

    CsvDownloads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** What writes the rows: it hands each one, in the header's order, to the consumer it is given. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(Consumer<String[]> row);
    }

    public ResponseEntity<StreamingResponseBody> download(String filename, List<String> header, ActingUser user,
                                                          Rows rows) {
        var format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        StreamingResponseBody body = out -> write(format, user, rows, out);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    private void write(CSVFormat format, ActingUser user, Rows rows, OutputStream out) {
        RowLevelSecurity.runAs(user, () -> readOnly.executeWithoutResult(status -> {
            try {
                var csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), format);
                rows.writeTo(row -> print(csv, row));
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
