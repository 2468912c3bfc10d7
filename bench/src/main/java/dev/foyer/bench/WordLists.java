package dev.foyer.bench;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The words generated data is made of, and that the load clients search for: names common in
 * Australia, company words, tags. Search fragments come from the same lists, so they find rows as a
 * user's typing would.
 */
final class WordLists {

    static final List<String> FIRST_NAMES = List.of(
            "Oliver", "Charlotte", "Jack", "Amelia", "Noah", "Olivia", "William", "Isla", "Henry", "Mia",
            "Leo", "Ava", "Thomas", "Grace", "James", "Chloe", "Lucas", "Zoe", "Ethan", "Sophie",
            "Liam", "Emily", "Harrison", "Ruby", "Samuel", "Matilda", "Daniel", "Ella", "Benjamin", "Harper",
            "Alexander", "Evie", "Mason", "Sienna", "Archie", "Lily", "Hunter", "Hannah", "Cooper", "Georgia",
            "Mohammed", "Priya", "Wei", "Mei", "Arjun", "Aisha", "Nikolai", "Yuki", "Mateo", "Fatima",
            "Connor", "Jessica", "Ryan", "Sarah", "Michael", "Rebecca", "David", "Laura", "Andrew", "Kate");

    static final List<String> LAST_NAMES = List.of(
            "Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
            "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King",
            "Davis", "Wright", "Evans", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel",
            "Khan", "Lewis", "James", "Phillips", "Mitchell", "Campbell", "Young", "Allen", "Scott", "Murphy",
            "Chen", "Wang", "Singh", "Tran", "Kowalski", "Papadopoulos", "Rossi", "Schmidt", "Okafor", "Sato",
            "O'Brien", "McDonald", "Stewart", "Hughes", "Edwards", "Turner", "Baker", "Carter", "Morris", "Cook");

    /** A company is two of these and a suffix: "Harbour Logistics Pty Ltd". */
    static final List<String> COMPANY_FIRST = List.of(
            "Harbour", "Southern", "Coastal", "Summit", "Eureka", "Pacific", "Outback", "Bluegum", "Redgum",
            "Kookaburra", "Wattle", "Banksia", "Coral", "Sandstone", "Ironbark", "Meridian", "Horizon",
            "Pinnacle", "Riverbend", "Highland", "Northern", "Golden", "Silver", "Evergreen", "Lighthouse",
            "Ember", "Granite", "Willow", "Tasman", "Murray");

    static final List<String> COMPANY_SECOND = List.of(
            "Logistics", "Builders", "Plumbing", "Electrical", "Realty", "Consulting", "Analytics", "Dental",
            "Legal", "Accounting", "Landscaping", "Engineering", "Media", "Software", "Foods", "Freight",
            "Partners", "Holdings", "Health", "Energy");

    static final List<String> COMPANY_WORDS = Stream.concat(COMPANY_FIRST.stream(), COMPANY_SECOND.stream()).toList();

    static final List<String> COMPANY_SUFFIXES = List.of("Pty Ltd", "Group", "Co", "& Sons", "Services");

    static final List<String> JOB_TITLES = List.of(
            "Director", "Managing Director", "Office Manager", "Operations Manager", "Sales Manager",
            "Accountant", "Property Manager", "Project Manager", "Owner", "Marketing Lead", "Buyer",
            "Site Supervisor", "Practice Manager", "CFO", "Engineer");

    static final List<String> DEAL_TITLES = List.of(
            "Website redesign", "Office fit-out", "Annual support", "Consulting retainer", "Fleet lease",
            "Software licences", "Property management", "Marketing campaign", "Solar install", "Audit");

    static final List<String> CITIES = List.of(
            "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Darwin", "Canberra",
            "Newcastle", "Geelong", "Wollongong", "Townsville", "Cairns", "Ballarat", "Bendigo");

    static final List<String> TAGS = List.of(
            "VIP", "Lead", "Customer", "Newsletter", "Partner", "Supplier", "Referral", "Follow up",
            "Cold", "Warm", "Hot", "Event 2026", "Webinar", "Trade show", "Investor", "Tenant",
            "Landlord", "Buyer", "Seller", "Do not call");

    private WordLists() {
    }

    private static final List<List<String>> SEARCHED_LISTS = List.of(FIRST_NAMES, LAST_NAMES, COMPANY_WORDS);
    private static final int SHORTEST_FRAGMENT = 3;
    private static final int FRAGMENT_LENGTHS = 4;

    /** A random 3–6 letter piece of a name or company word, in lower case, as a user types it. */
    static String searchFragment(ThreadLocalRandom random) {
        List<String> words = SEARCHED_LISTS.get(random.nextInt(SEARCHED_LISTS.size()));
        String word = searchable(words.get(random.nextInt(words.size())));
        int length = Math.min(word.length(), SHORTEST_FRAGMENT + random.nextInt(FRAGMENT_LENGTHS));
        int start = random.nextInt(word.length() - length + 1);
        return word.substring(start, start + length);
    }

    /** Every fragment {@link #searchFragment} can draw, with the chance that it draws it. */
    static SortedMap<String, Double> searchFragmentChances() {
        SortedMap<String, Double> chances = new TreeMap<>();
        for (List<String> words : SEARCHED_LISTS) {
            for (String each : words) {
                String word = searchable(each);
                for (int extra = 0; extra < FRAGMENT_LENGTHS; extra++) {
                    int length = Math.min(word.length(), SHORTEST_FRAGMENT + extra);
                    int starts = word.length() - length + 1;
                    double chance = 1.0 / SEARCHED_LISTS.size() / words.size() / FRAGMENT_LENGTHS / starts;
                    for (int start = 0; start < starts; start++) {
                        chances.merge(word.substring(start, start + length), chance, Double::sum);
                    }
                }
            }
        }
        return chances;
    }

    private static String searchable(String word) {
        return word.toLowerCase().replace("'", "");
    }

    /** A whole company word, as a user searches accounts by name. */
    static String companyWord(ThreadLocalRandom random) {
        return COMPANY_WORDS.get(random.nextInt(COMPANY_WORDS.size()));
    }
}
