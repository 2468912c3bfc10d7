/**
 * The job queue (seed 003's `ai_jobs`) and the job types that run from it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package dev.foyer.jobs;
