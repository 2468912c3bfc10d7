/**
 * Identity: users, sign-in (phone OTP, Google, Facebook), roles, device sessions and profiles
 * * (seed 001 and the profiles of seed 003), and the web security that guards every other
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package dev.foyer.identity;
