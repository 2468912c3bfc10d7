package dev.foyer.demo;

import java.util.List;

/**
 * What the demo user owns, from seed 004's phase 6: its five tags with their colors, ten contacts
 * (three with several tags, two with deals, complete and minimal profiles) and five deals across
 * the pipeline. Phones other than Sarah Chen's (the seed's own) are from Australia's ranges for fiction.
 */
final class DemoContent {

    record DemoTag(String name, String color) {
    }

    record DemoContact(String firstName, String lastName, String email, String phone, String company,
                       String jobTitle, String notes, List<String> tags) {
    }

    /** A deal; {@code contact} is the index of its contact in {@link #CONTACTS}, or -1 for none. */
    record DemoDeal(String title, String stage, int value, int contact, int closesInDays, String description) {
    }

    static final List<DemoTag> TAGS = List.of(
            new DemoTag("Customer", "#10B981"),
            new DemoTag("Lead", "#3B82F6"),
            new DemoTag("Partner", "#8B5CF6"),
            new DemoTag("Inactive", "#6B7280"),
            new DemoTag("VIP", "#F59E0B"));

    static final List<DemoContact> CONTACTS = List.of(
            new DemoContact("Sarah", "Chen", "sarah.chen@example.com", "+61 412 345 678", "TechCorp Australia", "CTO",
                    "Met at DevConf 2024. Interested in AI features.", List.of("Customer", "VIP")),
            new DemoContact("James", "Wilson", "james.wilson@example.com", "0491 570 006", "Harbour Logistics",
                    "Operations Manager", "Evaluating licences for 40 staff.", List.of("Lead", "VIP")),
            new DemoContact("Priya", "Sharma", "priya@brightside.example.com", "0491 570 157",
                    "Brightside Consulting", "Director", "Refers clients to us; co-sells consulting.",
                    List.of("Partner", "Customer")),
            new DemoContact("Liam", "O'Brien", null, "0491 570 158", null, null, null, List.of("Lead")),
            new DemoContact("Emma", "Nguyen", "emma.nguyen@example.com", null, "Nguyen & Co Accountants", null, null,
                    List.of("Customer")),
            new DemoContact("Oliver", "Smith", "oliver.smith@example.com", "0491 570 159", "Coastal Realty",
                    "Sales Agent", "No reply since March.", List.of("Inactive")),
            new DemoContact("Chloe", "Taylor", null, null, null, null, null, List.of()),
            new DemoContact("Noah", "Williams", "noah@example.com", "(02) 5550 1234", "Williams Plumbing", "Owner",
                    null, List.of("Customer")),
            new DemoContact("Isabella", "Rossi", "isabella.rossi@example.com", null, "Rossi Design Studio",
                    "Creative Director", null, List.of("Partner")),
            new DemoContact(null, "Thompson", "thompson@example.com", null, null, null, null, List.of()));

    static final List<DemoDeal> DEALS = List.of(
            new DemoDeal("Enterprise License", "Prospecting", 5_000, 1, 60, "40 seats, annual billing."),
            new DemoDeal("Consulting Package", "Qualification", 12_000, -1, 45, null),
            new DemoDeal("Annual Support", "Proposal", 25_000, -1, 30, "Proposal sent; awaiting sign-off."),
            new DemoDeal("Cloud Migration", "Closed Won", 50_000, 0, -14, "Signed after the DevConf demo."),
            new DemoDeal("Training Program", "Closed Lost", 8_000, -1, -30, "Went with an in-house trainer."));

    private DemoContent() {
    }
}
