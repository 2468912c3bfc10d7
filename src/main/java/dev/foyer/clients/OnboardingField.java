package dev.foyer.clients;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of seed 000's onboarding form, by group, with the column each is stored in and the
 * longest text it takes.
 */
public enum OnboardingField {

    PHONE("phone", Group.PERSONAL, Kind.PHONE, 50),
    DATE_OF_BIRTH("dateOfBirth", Group.PERSONAL, Kind.DATE, 0),
    CURRENT_ADDRESS("currentAddress", Group.PERSONAL, Kind.TEXT, 300),
    CURRENT_CITY("currentCity", Group.PERSONAL, Kind.TEXT, 100),
    CURRENT_PROVINCE("currentProvince", Group.PERSONAL, Kind.PROVINCE, 0),
    CURRENT_POSTAL_CODE("currentPostalCode", Group.PERSONAL, Kind.POSTAL_CODE, 0),
    EMPLOYER_NAME("employerName", Group.EMPLOYMENT, Kind.TEXT, 200),
    EMPLOYER_PHONE("employerPhone", Group.EMPLOYMENT, Kind.PHONE, 50),
    JOB_TITLE("jobTitle", Group.EMPLOYMENT, Kind.TEXT, 200),
    MONTHLY_INCOME("monthlyIncome", Group.EMPLOYMENT, Kind.WHOLE_NUMBER, 0),
    EMPLOYMENT_START_DATE("employmentStartDate", Group.EMPLOYMENT, Kind.DATE, 0),
    EMERGENCY_CONTACT_NAME("emergencyContactName", Group.EMERGENCY_CONTACT, Kind.TEXT, 200),
    EMERGENCY_CONTACT_PHONE("emergencyContactPhone", Group.EMERGENCY_CONTACT, Kind.PHONE, 50),
    EMERGENCY_CONTACT_RELATIONSHIP("emergencyContactRelationship", Group.EMERGENCY_CONTACT, Kind.TEXT, 100),
    NUMBER_OF_OCCUPANTS("numberOfOccupants", Group.OCCUPANTS, Kind.WHOLE_NUMBER, 0),
    HAS_PETS("hasPets", Group.PETS, Kind.PETS, 500),
    ADDITIONAL_NOTES("additionalNotes", Group.NOTES, Kind.TEXT, 5000);

    /** The six groups the form is filled in by, in any order. */
    public enum Group { PERSONAL, EMPLOYMENT, EMERGENCY_CONTACT, OCCUPANTS, PETS, NOTES }

    enum Kind { TEXT, PHONE, DATE, WHOLE_NUMBER, PROVINCE, POSTAL_CODE, PETS }

    private final String json;
    private final Group group;
    private final Kind kind;
    private final int maxLength;

    OnboardingField(String json, Group group, Kind kind, int maxLength) {
        this.json = json;
        this.group = group;
        this.kind = kind;
        this.maxLength = maxLength;
    }

    /** The field's name in the API and in the form. */
    public String json() {
        return json;
    }

    public Group group() {
        return group;
    }

    Kind kind() {
        return kind;
    }

    int maxLength() {
        return maxLength;
    }

    public static Optional<OnboardingField> byJson(String name) {
        return Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }
}
