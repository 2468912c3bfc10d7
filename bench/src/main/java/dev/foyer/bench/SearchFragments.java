package dev.foyer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes every fragment the search screen draws ({@link WordLists#searchFragment}), a tab and the
 * chance that it draws it, one a line, to the file named: the input of
 * {@code bench/search-fragments.sql}, which times a search function on each fragment and weighs the
 * times by these chances.
 */
public final class SearchFragments {

    private SearchFragments() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SearchFragments FILE");
            System.exit(2);
        }
        String lines = WordLists.searchFragmentChances().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s\t%.12f%n", e.getKey(), e.getValue()))
                .collect(Collectors.joining());
        Files.writeString(Path.of(args[0]), lines);
    }
}
