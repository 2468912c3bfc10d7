package dev.foyer.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A client's onboarding form for one realtor (seed 000's client_onboarding), as the client and the
 * realtor read it, with both their names. Dates are calendar dates.
 */
public record OnboardingView(UUID id, UUID clientId, UUID realtorId, String clientName, String realtorName,
                             String phone, LocalDate dateOfBirth, String currentAddress, String currentCity,
                             String currentProvince, String currentPostalCode, String employerName,
                             String employerPhone, String jobTitle, Integer monthlyIncome,
                             LocalDate employmentStartDate, String emergencyContactName,
                             String emergencyContactPhone, String emergencyContactRelationship,
                             Integer numberOfOccupants, String hasPets, String additionalNotes,
                             Instant submittedAt, Instant createdAt) {

    /** The form's fields by name, for the rules and the pages; an empty field is absent. */
    public Map<OnboardingField, Object> values() {
        Map<OnboardingField, Object> values = new EnumMap<>(OnboardingField.class);
        for (OnboardingField field : OnboardingField.values()) {
            Object value = value(field);
            if (value != null) {
                values.put(field, value);
            }
        }
        return values;
    }

    public Object value(OnboardingField field) {
        return switch (field) {
            case PHONE -> phone;
            case DATE_OF_BIRTH -> dateOfBirth;
            case CURRENT_ADDRESS -> currentAddress;
            case CURRENT_CITY -> currentCity;
            case CURRENT_PROVINCE -> currentProvince;
            case CURRENT_POSTAL_CODE -> currentPostalCode;
            case EMPLOYER_NAME -> employerName;
            case EMPLOYER_PHONE -> employerPhone;
            case JOB_TITLE -> jobTitle;
            case MONTHLY_INCOME -> monthlyIncome;
            case EMPLOYMENT_START_DATE -> employmentStartDate;
            case EMERGENCY_CONTACT_NAME -> emergencyContactName;
            case EMERGENCY_CONTACT_PHONE -> emergencyContactPhone;
            case EMERGENCY_CONTACT_RELATIONSHIP -> emergencyContactRelationship;
            case NUMBER_OF_OCCUPANTS -> numberOfOccupants;
            case HAS_PETS -> hasPets;
            case ADDITIONAL_NOTES -> additionalNotes;
        };
    }
}
