package dev.foyer.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import dev.foyer.api.ApiException.FieldError;
import org.junit.jupiter.api.Test;

/** An account's tags: trimmed, once each ignoring case, 1 to 40 characters, at most 20. */
class TagsTest {

    final List<FieldError> errors = new ArrayList<>();

    @Test
    void trimsAndKeepsTheFirstSpellingOfEachTag() {
        assertThat(Tags.read(List.of(" VIP ", "north", "vip", "North "), errors)).containsExactly("VIP", "north");
        assertThat(errors).isEmpty();
    }

    @Test
    void absentTagsAreNull() {
        assertThat(Tags.read(null, errors)).isNull();
    }

    @Test
    void namesBlankNullAndOverlongTagsByPosition() {
        Tags.read(Arrays.asList("ok", " ", null, "x".repeat(41), "y".repeat(40)), errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("tags[1]", "tags[2]", "tags[3]");
    }

    @Test
    void allowsTwentyDifferentTagsButNotTwentyOne() {
        Tags.read(IntStream.range(0, 20).mapToObj(i -> "t" + i).toList(), errors);
        assertThat(errors).isEmpty();

        // Duplicates do not count towards the limit.
        Tags.read(IntStream.range(0, 40).mapToObj(i -> "T" + (i % 20)).toList(), errors);
        assertThat(errors).isEmpty();

        Tags.read(IntStream.range(0, 21).mapToObj(i -> "t" + i).toList(), errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("tags");
    }
}
