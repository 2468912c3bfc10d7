/**
 * Object storage for uploaded files: the local filesystem by default, S3-compatible storage by
 * configuration. Other modules keep the metadata; this one keeps the bytes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package dev.foyer.documents;
