package dev.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How an import treats duplicates, decided before anything is written. */
class ImportPlanTest {

    private static final UUID EXISTING = UUID.randomUUID();

    @Test
    void skipImportsTheFirstOfEachEmailAndNothingThatExists() {
        var plan = ImportPlan.of(List.of(row(2, "Ann", "ann@x.com", null), row(3, "Ann B", "ann@x.com", "0412"),
                row(4, "Sam", "sam@x.com", null), row(5, "No Email", null, null), row(6, "No Email", null, null)),
                Map.of("sam@x.com", EXISTING), ImportPlan.Duplicates.SKIP);

        assertThat(plan.inserts()).extracting(p -> p.row().line()).containsExactly(2L, 5L, 6L);
        assertThat(plan.merges()).isEmpty();
        assertThat(plan.skippedRows()).isEqualTo(2);
    }

    @Test
    void mergeFillsTheFirstRowOrTheExistingContactWithLaterRows() {
        var plan = ImportPlan.of(List.of(row(2, "Ann", "ann@x.com", null), row(3, "Annie", "ann@x.com", "0412"),
                row(4, "Sam", "sam@x.com", null), row(5, "Samuel", "sam@x.com", "0499")),
                Map.of("sam@x.com", EXISTING), ImportPlan.Duplicates.MERGE);

        assertThat(plan.inserts()).hasSize(1);
        assertThat(plan.inserts().get(0).row().contact().firstName()).isEqualTo("Ann");
        assertThat(plan.inserts().get(0).row().contact().phone()).isEqualTo("0412");
        assertThat(plan.merges()).hasSize(1);
        assertThat(plan.merges().get(0).contactId()).isEqualTo(EXISTING);
        assertThat(plan.merges().get(0).row().contact().firstName()).isEqualTo("Sam");
        assertThat(plan.merges().get(0).row().contact().phone()).isEqualTo("0499");
        assertThat(plan.mergedRows()).isEqualTo(3);
    }

    private static ImportRow row(long line, String firstName, String email, String phone) {
        return new ImportRow(line, new ContactInput(firstName, null, email, phone, null, null, null), List.of());
    }
}
