package dev.foyer.clients.share;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a landlord sees through a live link: the client's name and only the chosen sections. A field
 * of a section the link leaves out is null here, so no template can show it by mistake.
 */
public record SharedProfile(String clientName, Set<ShareSection> sections, Instant expiresAt, Details details,
                     List<SharedDocument> documents) {

    /** The day the link ends, in UTC: the page has no script to show it in the reader's time zone. */
    public LocalDate expiresOn() {
        return expiresAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public boolean shows(String section) {
        return ShareSection.parse(section).filter(sections::contains).isPresent();
    }

    /** The onboarding form's answers; empty when the client has not started it. */
    public record Details(String phone, LocalDate dateOfBirth, String address, String city, String province,
                   String postalCode, String employerName, String employerPhone, String jobTitle,
                   LocalDate employmentStartDate, Integer monthlyIncome, String emergencyContactName,
                   String emergencyContactPhone, String emergencyContactRelationship, Integer numberOfOccupants,
                   String hasPets, String additionalNotes) {

        static final Details EMPTY = new Details(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);

        Details only(Set<ShareSection> shown) {
            boolean contact = shown.contains(ShareSection.CONTACT);
            boolean address = shown.contains(ShareSection.ADDRESS);
            boolean employment = shown.contains(ShareSection.EMPLOYMENT);
            boolean emergency = shown.contains(ShareSection.EMERGENCY_CONTACT);
            boolean household = shown.contains(ShareSection.HOUSEHOLD);
            return new Details(contact ? phone : null,
                    shown.contains(ShareSection.DATE_OF_BIRTH) ? dateOfBirth : null,
                    address ? this.address : null, address ? city : null, address ? province : null,
                    address ? postalCode : null,
                    employment ? employerName : null, employment ? employerPhone : null,
                    employment ? jobTitle : null, employment ? employmentStartDate : null,
                    shown.contains(ShareSection.INCOME) ? monthlyIncome : null,
                    emergency ? emergencyContactName : null, emergency ? emergencyContactPhone : null,
                    emergency ? emergencyContactRelationship : null,
                    household ? numberOfOccupants : null, household ? hasPets : null,
                    shown.contains(ShareSection.NOTES) ? additionalNotes : null);
        }
    }

    public record SharedDocument(UUID id, String title, String filename, String mimeType, long sizeBytes) {
    }
}
