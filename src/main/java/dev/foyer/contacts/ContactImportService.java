package dev.foyer.contacts;

import java.io.InputStream;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.foyer.api.ApiException;
import jakarta.validation.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import as one transaction: the whole file is read and checked first, duplicates are found
 * with one query for all of the file's emails, then contacts, tags and assignments are written in
 * batches. Anything failing on the way rolls all of it back.
 */
@Service
class ContactImportService {

    private final ContactImportRepository repository;
    private final ContactService contacts;
    private final ContactCsvReader reader;
    private final ContactImportProperties properties;

    ContactImportService(ContactImportRepository repository, ContactService contacts, Validator validator,
                         ContactImportProperties properties) {
        this.repository = repository;
        this.contacts = contacts;
        this.reader = new ContactCsvReader(validator, properties.maxRows());
        this.properties = properties;
    }

    @Transactional
    public ImportResult importCsv(UUID userId, InputStream file, ImportPlan.Duplicates duplicates,
                                  ImportProgressBoard.Tracker progress) {
        var read = reader.read(progress.counting(file), progress::rowRead);
        // Two imports of the same rows at once would both find no contact with their emails and
        // both insert: one import of a user's at a time (the file is read already).
        if (!repository.lockImports(userId)) {
            throw ApiException.conflict("file", "Another import of yours is still running; try again once it has finished");
        }
        Set<String> emails = new LinkedHashSet<>();
        read.rows().stream().map(ImportRow::emailKey).filter(Objects::nonNull).forEach(emails::add);
        var existing = emails.isEmpty() ? Map.<String, UUID>of() : repository.idsByEmail(userId, emails);
        var plan = ImportPlan.of(read.rows(), existing, duplicates);
        progress.saving();

        repository.insert(userId, plan.inserts(), contacts::normalisedPhone);
        repository.fillEmpty(userId, plan.merges(), contacts::normalisedPhone);
        assignTags(userId, plan.all());
        return new ImportResult(plan.inserts().size(), plan.mergedRows(),
                plan.skippedRows() + read.rowsWithErrors(), read.errors(), read.ignoredColumns());
    }

    private void assignTags(UUID userId, List<ImportPlan.Planned> contacts) {
        Set<String> names = new LinkedHashSet<>();
        contacts.forEach(c -> names.addAll(c.row().tags()));
        if (names.isEmpty()) {
            return;
        }
        Map<String, UUID> tagIds = repository.ensureTags(userId, ImportRow.union(List.copyOf(names), List.of()),
                properties.tagColor());
        List<Map.Entry<UUID, UUID>> pairs = contacts.stream()
                .flatMap(c -> c.row().tags().stream().map(name -> (Map.Entry<UUID, UUID>)
                        new AbstractMap.SimpleImmutableEntry<>(c.contactId(), tagIds.get(name.toLowerCase(Locale.ROOT)))))
                .toList();
        repository.assignTags(userId, pairs);
    }
}
