package dev.foyer.contacts.web;

import dev.foyer.contacts.TagSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tag's name and its {@code #RRGGBB} color, as an {@code <input type="color">} sends it. */
record TagForm(@NotBlank @Size(max = 50) String name, @NotBlank @Pattern(regexp = "#[0-9A-Fa-f]{6}") String color) {

    /** The color a new tag starts with: Foyer's brand teal. */
    static final String FIRST_COLOR = "#0F5C63";

    static TagForm empty() {
        return new TagForm("", FIRST_COLOR);
    }

    static TagForm of(TagSummary tag) {
        return new TagForm(tag.name(), tag.color());
    }
}
