/**
 * The conventions every JSON endpoint follows: RFC 9457 problem documents with stable types
 * ({@code /problems/validation}, {@code /problems/not-found}, {@code /problems/conflict}, ...),
 * field errors named after the request's fields, and pagination by {@code limit} and
 * {@code offset}. Modules throw these exceptions; one advice turns them into answers. And how many
 * requests the server works on at once ({@link dev.foyer.api.RequestAdmission}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions")
package dev.foyer.api;
