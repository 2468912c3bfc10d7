/**
 * Demo data (seed 004's phase 6): a demo user who signs in by phone and owns ten contacts, five
 * tags and five deals, made on the first start of an empty embedded database and remade by
 * {@code java -jar foyer.jar demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package dev.foyer.demo;
