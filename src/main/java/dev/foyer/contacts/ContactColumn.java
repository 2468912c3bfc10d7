package dev.foyer.contacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a contacts CSV file. Export writes each {@link #header()}; import recognises the
 * header or any alias in any case and with any spaces, dashes or underscores, so that files from
 * spreadsheets and other CRMs ("First Name", "first_name", "Given name", "E-mail") need no editing.
 */
enum ContactColumn {

    FIRST_NAME("First Name", "firstname", "givenname", "first"),
    LAST_NAME("Last Name", "lastname", "surname", "familyname", "last"),
    EMAIL("Email", "email", "emailaddress"),
    PHONE("Phone", "phone", "mobile", "phonenumber", "mobilephone", "mobilenumber", "telephone", "cell"),
    COMPANY("Company", "company", "organisation", "organization", "companyname"),
    JOB_TITLE("Job Title", "jobtitle", "title", "position"),
    NOTES("Notes", "notes", "note", "comments"),
    TAGS("Tags", "tags", "tag", "labels");

    /** Tags share one cell, separated by this. */
    static final String TAG_SEPARATOR = ";";

    private final String header;
    private final List<String> aliases;

    ContactColumn(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    String header() {
        return header;
    }

    boolean isName() {
        return this == FIRST_NAME || this == LAST_NAME;
    }

    static Optional<ContactColumn> match(String header) {
        String key = key(header);
        for (ContactColumn column : values()) {
            if (column.aliases.contains(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a header names this column only perhaps: "Title" is a job title in some files and Mr.
     * or Ms. in others (Outlook's export starts with it, and has "Job Title" further on).
     */
    static boolean isAmbiguous(String header) {
        return key(header).equals("title");
    }

    private static String key(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
