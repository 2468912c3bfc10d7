package dev.foyer.clients.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.foyer.api.ApiException;
import dev.foyer.api.Page;
import dev.foyer.api.PageRequest;
import dev.foyer.api.ProblemType;
import dev.foyer.clients.documents.ClientDocumentRepository.OnboardingSide;
import dev.foyer.documents.ObjectStorage;
import dev.foyer.documents.StorageDeletions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents a client uploads to an onboarding (seed 000). The client uploads and deletes; the
 * realtor of a live pair lists and downloads; anyone else finds nothing. The bytes go to object
 * storage under a key the server makes, the metadata to {@code client_documents}, and neither
 * outlives the other: a failed upload removes its object, a deleted row's object goes after commit.
 */
@Service
public class ClientDocumentService {

    private static final Logger log = LoggerFactory.getLogger(ClientDocumentService.class);

    private final ClientDocumentRepository documents;
    private final ObjectStorage storage;
    private final StorageDeletions deletions;
    private final TransactionTemplate transactions;
    private final FileTypes types;
    private final Clock clock;

    ClientDocumentService(ClientDocumentRepository documents, ObjectStorage storage, StorageDeletions deletions,
                          TransactionTemplate transactions, DocumentProperties properties, Clock clock) {
        this.documents = documents;
        this.storage = storage;
        this.deletions = deletions;
        this.transactions = transactions;
        this.types = new FileTypes(properties.allowedTypes());
        this.clock = clock;
    }

    /**
     * Stores the upload, then its row. The object is written outside any transaction (a slow upload
     * holds no connection) and removed again if its row does not commit; a crash in between leaves
     * an object with no row, which the sweep removes once it is old.
     */
    public DocumentView upload(UUID userId, UUID onboardingId, NewDocument upload) {
        requireClient(transactions.execute(status -> documents.side(userId, onboardingId)).orElse(null));
        String fileName = FileNames.clean(upload.originalFileName());
        String key = "onboardings/" + onboardingId + "/" + UUID.randomUUID();
        String mediaType = store(key, fileName, upload);
        try {
            return transactions.execute(status -> {
                UUID id = documents.insert(userId, onboardingId, upload.title(), key, fileName, mediaType, upload.size(),
                        clock.instant()).orElseThrow(() -> ApiException.notFound("Onboarding"));
                return documents.find(userId, onboardingId, id).orElseThrow().view();
            });
        } catch (RuntimeException e) {
            removeQuietly(key);
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public Page<DocumentView> list(UUID userId, UUID onboardingId, PageRequest page) {
        if (documents.side(userId, onboardingId).isEmpty()) {
            throw ApiException.notFound("Onboarding");
        }
        return new Page<>(documents.list(userId, onboardingId, page.limit(), page.offset()), page.offset(), page.limit(),
                documents.count(userId, onboardingId));
    }

    /** Whether the user is the onboarding's client, who adds and removes its documents. */
    @Transactional(readOnly = true)
    public boolean isClient(UUID userId, UUID onboardingId) {
        return documents.side(userId, onboardingId).filter(side -> side == OnboardingSide.CLIENT).isPresent();
    }

    @Transactional(readOnly = true)
    public DocumentView get(UUID userId, UUID onboardingId, UUID documentId) {
        return documents.find(userId, onboardingId, documentId).orElseThrow(() -> ApiException.notFound("Document"))
                .view();
    }

    /** The document and its bytes; the caller closes the stream. */
    public Download download(UUID userId, UUID onboardingId, UUID documentId) {
        var document = transactions.execute(status -> documents.find(userId, onboardingId, documentId))
                .orElseThrow(() -> ApiException.notFound("Document"));
        try {
            return new Download(document.view(), storage.open(document.objectKey()));
        } catch (java.nio.file.NoSuchFileException e) {
            log.error("Document {} has no object {}", documentId, document.objectKey());
            throw ApiException.notFound("Document content");
        } catch (IOException e) {
            throw new ApiException(ProblemType.UPSTREAM_UNAVAILABLE, "The document cannot be read right now");
        }
    }

    @Transactional
    public void delete(UUID userId, UUID onboardingId, UUID documentId) {
        requireClient(documents.side(userId, onboardingId).orElse(null));
        String objectKey = documents.delete(userId, onboardingId, documentId)
                .orElseThrow(() -> ApiException.notFound("Document"));
        deletions.drainAfterCommit(List.of(objectKey));
    }

    private String store(String key, String fileName, NewDocument upload) {
        try {
            String mediaType;
            try (InputStream in = new BufferedInputStream(upload.content().open())) {
                mediaType = types.check(in, fileName).toString();
            }
            storage.put(key, upload.content(), upload.size(), mediaType);
            return mediaType;
        } catch (IOException e) {
            removeQuietly(key);
            log.error("Could not store an upload as {}", key, e);
            throw new ApiException(ProblemType.UPSTREAM_UNAVAILABLE, "The file could not be stored; try again");
        }
    }

    private void removeQuietly(String key) {
        try {
            storage.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove {} after a failed upload; the storage sweep will", key, e);
        }
    }

    private static void requireClient(OnboardingSide side) {
        if (side == null) {
            throw ApiException.notFound("Onboarding");
        }
        if (side != OnboardingSide.CLIENT) {
            throw new ApiException(ProblemType.FORBIDDEN, "Only the client adds and removes documents");
        }
    }

    public record Download(DocumentView document, InputStream content) {
    }
}
