package dev.foyer.contacts;

/** The editable fields of a contact, checked by the controller; null leaves a field as it is on update. */
public record ContactInput(String firstName, String lastName, String email, String phone, String company,
                           String jobTitle, String notes) {
}
