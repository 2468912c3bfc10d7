package dev.foyer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import dev.foyer.api.Page;
import org.junit.jupiter.api.Test;

/** A list's footer: which items of how many it shows, and the links either side. */
class PagerTest {

    @Test
    void aMiddlePageSaysWhichItemsItShowsAndLinksEitherSide() {
        var pager = Pager.of(new Page<>(items(25), 25, 25, 60), 25, PagerTest::url);

        assertThat(pager.first()).isEqualTo(26);
        assertThat(pager.last()).isEqualTo(50);
        assertThat(pager.previousUrl()).isEqualTo("/things?offset=0");
        assertThat(pager.nextUrl()).isEqualTo("/things?offset=50");
    }

    @Test
    void anExactTotalEndsThePagesAtTheLastItem() {
        var pager = Pager.of(new Page<>(items(25), 975, 25, 1_000, false), 25, PagerTest::url);

        assertThat(pager.nextUrl()).isNull();
        assertThat(pager.previousUrl()).isEqualTo("/things?offset=950");
    }

    @Test
    void aCappedTotalAlwaysLeadsToTheNextPage() {
        var pager = Pager.of(new Page<>(items(25), 975, 25, 1_000, true), 25, PagerTest::url);

        assertThat(pager.nextUrl()).isEqualTo("/things?offset=1000");
        assertThat(pager.totalCapped()).isTrue();
    }

    @Test
    void anEmptyListHasNoLinks() {
        var pager = Pager.of(new Page<>(List.of(), 0, 25, 0), 25, PagerTest::url);

        assertThat(pager.first()).isZero();
        assertThat(pager.previousUrl()).isNull();
        assertThat(pager.nextUrl()).isNull();
    }

    private static List<String> items(int count) {
        return Collections.nCopies(count, "item");
    }

    private static String url(int offset) {
        return "/things?offset=" + offset;
    }
}
