package dev.foyer.contacts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import dev.foyer.api.ApiException;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a contacts CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks; CRLF
 * or LF; UTF-8 with or without a byte order mark) into valid rows and the errors of the others.
 * A file that cannot be read at all, has no name column or too many rows is refused whole.
 */
final class ContactCsvReader {

    /** Row errors beyond this many are counted as skipped but not listed, to keep the answer small. */
    static final int MAX_REPORTED_ERRORS = 1_000;
    static final int MAX_TAG_LENGTH = 50;

    // Empty lines are kept as (blank) records so that each record's first line can be counted exactly.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final Validator validator;
    private final int maxRows;

    ContactCsvReader(Validator validator, int maxRows) {
        this.validator = validator;
        this.maxRows = maxRows;
    }

    record Result(List<ImportRow> rows, List<ImportResult.RowError> errors, int rowsWithErrors,
                  List<String> ignoredColumns) {
    }

    Result read(InputStream in) {
        return read(in, () -> { });
    }

    /** As {@link #read(InputStream)}, telling {@code rowRead} of each data row as it is read. */
    Result read(InputStream in, Runnable rowRead) {
        try (var parser = CSVParser.builder().setReader(withoutBom(in)).setFormat(FORMAT).get()) {
            var records = parser.iterator();
            // Blank lines before the header are skipped; no record is read past it here, so that the
            // parser's line number is still the header's.
            CSVRecord first = records.hasNext() ? records.next() : null;
            while (first != null && isBlank(first) && records.hasNext()) {
                first = records.next();
            }
            if (first == null || isBlank(first)) {
                throw ApiException.invalid("file", "is empty; its first row must name the columns");
            }
            var header = ImportHeader.of(first);
            var rows = new ArrayList<ImportRow>();
            var errors = new ArrayList<ImportResult.RowError>();
            int rowsWithErrors = 0;
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                rowRead.run();
                if (rows.size() + rowsWithErrors >= maxRows) {
                    throw ApiException.invalid("file", "has more than " + maxRows + " rows; split it into smaller files");
                }
                List<ImportResult.RowError> rowErrors = check(line, header, record);
                if (rowErrors.isEmpty()) {
                    rows.add(row(line, header, record));
                } else {
                    rowsWithErrors++;
                    errors.addAll(rowErrors.subList(0, Math.min(rowErrors.size(), MAX_REPORTED_ERRORS - errors.size())));
                }
            }
            return new Result(rows, errors, rowsWithErrors, header.ignored());
        } catch (IOException | UncheckedIOException e) {
            if (root(e) instanceof CharacterCodingException) {
                throw ApiException.invalid("file", "is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"");
            }
            throw ApiException.invalid("file", "is not a CSV file Foyer can read: " + root(e).getMessage());
        }
    }

    private List<ImportResult.RowError> check(long line, ImportHeader header, CSVRecord record) {
        var request = request(header, record);
        var errors = new ArrayList<ImportResult.RowError>();
        validator.validate(request).forEach(v ->
                errors.add(new ImportResult.RowError(line, v.getPropertyPath().toString(), v.getMessage())));
        if (request.firstName() == null && request.lastName() == null) {
            errors.add(new ImportResult.RowError(line, "firstName", "or lastName is required"));
        }
        if (tags(header, record).stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH)) {
            errors.add(new ImportResult.RowError(line, "tags", "each tag must be at most " + MAX_TAG_LENGTH + " characters"));
        }
        if (record.stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
            // PostgreSQL text cannot hold NUL; refusing the row here keeps it a row error, not a failed import.
            errors.add(new ImportResult.RowError(line, "row", "contains a NUL character"));
        }
        errors.sort(Comparator.comparing(ImportResult.RowError::field));
        return errors;
    }

    private static ImportRow row(long line, ImportHeader header, CSVRecord record) {
        return new ImportRow(line, ContactService.clean(request(header, record).toInput()), tags(header, record));
    }

    private static ContactRequest request(ImportHeader header, CSVRecord record) {
        return new ContactRequest(header.value(record, ContactColumn.FIRST_NAME),
                header.value(record, ContactColumn.LAST_NAME), header.value(record, ContactColumn.EMAIL),
                header.value(record, ContactColumn.PHONE), header.value(record, ContactColumn.COMPANY),
                header.value(record, ContactColumn.JOB_TITLE), header.value(record, ContactColumn.NOTES));
    }

    private static List<String> tags(ImportHeader header, CSVRecord record) {
        String cell = header.value(record, ContactColumn.TAGS);
        if (cell == null) {
            return List.of();
        }
        return ImportRow.union(Arrays.stream(cell.split(ContactColumn.TAG_SEPARATOR))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList(), List.of());
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /**
     * Spreadsheet programs often start UTF-8 files with a byte order mark, which is not part of the
     * first header. Bytes that are not UTF-8 stop the import rather than turn into "�": a file saved
     * as Windows-1252 would otherwise import "Müller" as "M�ller" without a word.
     */
    private static Reader withoutBom(InputStream in) throws IOException {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(in, utf8));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
