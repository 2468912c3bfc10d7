package dev.foyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/schema.md names, for each seed rule, the test that proves it. This keeps the names true: a
 * renamed or deleted test fails the build until the document follows.
 */
class SchemaDocumentTest {

    private static final Pattern REFERENCE = Pattern.compile("\\b([A-Z][A-Za-z0-9]+Test)#([a-z][A-Za-z0-9]+)");
    private static final Pattern CONTINUATION = Pattern.compile("(?<=[,\\s])#([a-z][A-Za-z0-9]+)");

    @Test
    void everyTestTheSchemaDocumentNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/schema.md"))) {
            var references = REFERENCE.matcher(line);
            String lastClass = null;
            while (references.find()) {
                lastClass = references.group(1);
                check(lastClass, references.group(2), missing);
            }
            if (lastClass != null) {
                var shortReferences = CONTINUATION.matcher(line);
                while (shortReferences.find()) {
                    check(classBefore(line, shortReferences.start()), shortReferences.group(1), missing);
                }
            }
        }
        assertThat(missing).as("tests named in docs/schema.md that do not exist").isEmpty();
    }

    private static String classBefore(String line, int position) {
        var matcher = REFERENCE.matcher(line.substring(0, position));
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        return found;
    }

    private static void check(String testClass, String method, List<String> missing) throws IOException {
        if (testClass == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            var source = files.filter(p -> p.getFileName().toString().equals(testClass + ".java")).findFirst();
            if (source.isEmpty() || !Files.readString(source.get()).matches("(?s).*\\bvoid " + method + "\\(.*")) {
                missing.add(testClass + "#" + method);
            }
        }
    }
}
