package dev.foyer.deals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.foyer.deals.DealEventResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DealFormTest {

    @Test
    void emptiedOptionalFieldsAreClearedAndTheOthersKept() {
        var form = DealForm.empty(" aud ", "Proposal", null);
        form.setTitle("Villa");
        form.setValue(new BigDecimal("10"));
        form.setDescription("  ");

        var patch = form.toPatch();

        assertThat(patch.clear()).containsExactly("contactId", "expectedCloseDate", "description");
        assertThat(patch.currency()).isEqualTo("aud");
        assertThat(patch.stage()).isEqualTo("Proposal");
        form.setContactId(UUID.randomUUID());
        form.setExpectedCloseDate(LocalDate.of(2030, 1, 1));
        form.setDescription("Sea view");
        assertThat(form.toPatch().clear()).isEmpty();
    }

    @Test
    void aCurrencyIsAnIsoCodeInAnyCase() {
        assertThat(DealForm.empty("eur", "", null).knownCurrency()).isTrue();
        assertThat(DealForm.empty("XYZ", "", null).knownCurrency()).isFalse();
        assertThat(DealForm.empty("EURO", "", null).knownCurrency()).isFalse();
    }

    @Test
    void theTimelineTellsEachKindOfEventThroughAMessageKey() {
        var json = JsonMapper.builder().build();
        var moved = event("stage_changed", json.valueToTree(Map.of("from", "Lead", "to", "Won")));
        var updated = event("updated", json.valueToTree(Map.of("fields", Map.of("value", Map.of("from", "1", "to", "2")))));
        var unknown = event("note_added", null);

        assertThat(TimelineEntry.of(moved).messageKey()).isEqualTo("deal.event.stageChanged");
        assertThat(TimelineEntry.of(moved).arguments()).containsExactly("Lead", "Won");
        assertThat(TimelineEntry.of(updated).fieldKeys()).containsExactly("deal.changed.value");
        assertThat(TimelineEntry.of(unknown).messageKey()).isNull();
        assertThat(TimelineEntry.of(unknown).fallback()).isEqualTo("note_added happened");
        assertThat(TimelineEntry.of(unknown).atUtc()).isEqualTo("2030-01-02 03:04");
    }

    @Test
    void columnOffsetsThatDoNotReadAreIgnored() {
        UUID stage = UUID.randomUUID();

        assertThat(ColumnOffsets.from(Map.of("offset." + stage, "20", "offset.nope", "5", "offset." + UUID.randomUUID(),
                "x", "limit", "3"))).containsExactly(Map.entry(stage, 20));
    }

    private static DealEventResponse event(String type, tools.jackson.databind.JsonNode metadata) {
        return new DealEventResponse(UUID.randomUUID(), type, type + " happened", metadata, null,
                Instant.parse("2030-01-02T03:04:05Z"));
    }
}
