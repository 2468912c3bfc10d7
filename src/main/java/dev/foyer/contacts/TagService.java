package dev.foyer.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.foyer.api.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Colored tags (seed 004): a name unique per user, a {@code #RRGGBB} color, assignments that are idempotent. */
@Service
public class TagService {

    private static final Pattern COLOR = Pattern.compile("^#[0-9A-Fa-f]{6}$");

    private final TagRepository tags;
    private final ContactRepository contacts;

    TagService(TagRepository tags, ContactRepository contacts) {
        this.tags = tags;
        this.contacts = contacts;
    }

    @Transactional(readOnly = true)
    public List<TagSummary> list(UUID userId) {
        return tags.list(userId);
    }

    @Transactional(readOnly = true)
    public TagSummary get(UUID userId, UUID id) {
        return tags.summary(userId, id).orElseThrow(() -> ApiException.notFound("Tag"));
    }

    /** A filter by another user's tag is a 404 like any other id of theirs, not an empty list. */
    @Transactional(readOnly = true)
    public void requireOwn(UUID userId, List<UUID> tagIds) {
        if (!tagIds.isEmpty() && tags.countOwned(userId, tagIds) < tagIds.size()) {
            throw ApiException.notFound("Tag");
        }
    }

    @Transactional
    public Tag create(UUID userId, String name, String color) {
        var errors = new ArrayList<ApiException.FieldError>();
        nameProblem(name).ifPresent(problem -> errors.add(new ApiException.FieldError("name", problem)));
        colorProblem(color).ifPresent(problem -> errors.add(new ApiException.FieldError("color", problem)));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String clean = name.strip();
        try {
            return tags.insert(userId, clean, color.toUpperCase(Locale.ROOT));
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("name", "A tag named '" + clean + "' already exists");
        }
    }

    @Transactional
    public Tag update(UUID userId, UUID id, String name, String color) {
        var current = tags.find(userId, id).orElseThrow(() -> ApiException.notFound("Tag"));
        String newName = name == null ? current.name() : checkName(name);
        String newColor = color == null ? current.color() : checkColor(color);
        try {
            tags.update(userId, id, newName, newColor);
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("name", "A tag named '" + newName + "' already exists");
        }
        return new Tag(id, newName, newColor);
    }

    /** Deleting a tag removes its assignments (by the junction's cascade). */
    @Transactional
    public void delete(UUID userId, UUID id) {
        if (tags.delete(userId, id) == 0) {
            throw ApiException.notFound("Tag");
        }
    }

    @Transactional
    public void assign(UUID userId, UUID contactId, UUID tagId) {
        requireBoth(userId, contactId, tagId);
        tags.assign(userId, contactId, tagId);
    }

    @Transactional
    public void unassign(UUID userId, UUID contactId, UUID tagId) {
        requireBoth(userId, contactId, tagId);
        tags.unassign(userId, contactId, tagId);
    }

    private void requireBoth(UUID userId, UUID contactId, UUID tagId) {
        if (!contacts.exists(userId, contactId)) {
            throw ApiException.notFound("Contact");
        }
        tags.find(userId, tagId).orElseThrow(() -> ApiException.notFound("Tag"));
    }

    private static String checkName(String name) {
        nameProblem(name).ifPresent(problem -> {
            throw ApiException.invalid("name", problem);
        });
        return name.strip();
    }

    /** No ";": a CSV file keeps a contact's tags in one cell, separated by it (ContactColumn.TAG_SEPARATOR). */
    private static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("is required");
        }
        if (name.strip().length() > 50) {
            return Optional.of("must be at most 50 characters");
        }
        if (name.contains(ContactColumn.TAG_SEPARATOR)) {
            return Optional.of("must not contain \"" + ContactColumn.TAG_SEPARATOR + "\", which separates tags in CSV files");
        }
        return Optional.empty();
    }

    private static Optional<String> colorProblem(String color) {
        return color != null && COLOR.matcher(color).matches() ? Optional.empty()
                : Optional.of("must be a hex color like #3B82F6");
    }

    private static String checkColor(String color) {
        colorProblem(color).ifPresent(problem -> {
            throw ApiException.invalid("color", problem);
        });
        return color.toUpperCase(Locale.ROOT);
    }
}
