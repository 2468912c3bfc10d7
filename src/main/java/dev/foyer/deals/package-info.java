/**
 * The deals pipeline shared by seeds 003 and 004: deals, their stages and status, the timeline
 * of each deal (`deal_events`) and the dashboard figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deals")
package dev.foyer.deals;
