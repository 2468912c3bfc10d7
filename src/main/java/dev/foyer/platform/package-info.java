/**
 * What the platform itself keeps (seed 003): plans, the encrypted API key vault, system logs
 * and the admin views over them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.foyer.platform;
