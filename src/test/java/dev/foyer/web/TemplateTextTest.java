package dev.foyer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from messages.properties, so that pages can be translated and no text
 * hides in markup; and every key a template asks for exists, so no page ever shows {@code ??key??}.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{\\s*([\\w.\\-]+)");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        assertThat(findInTemplates(TemplateScanner::literalText))
                .as("literal text in templates; use th:text=\"#{...}\" and a key in messages.properties")
                .isEmpty();
    }

    @Test
    void templatesHoldNoInlineScriptsOrStyles() throws IOException {
        assertThat(findInTemplates(TemplateScanner::inlineScriptsAndStyles))
                .as("the Content-Security-Policy refuses these; use files under static/js and static/css")
                .isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        var missing = new ArrayList<String>();
        for (var template : templates()) {
            MESSAGE_KEY.matcher(Files.readString(template)).results()
                    .map(match -> match.group(1))
                    .filter(key -> !messages.containsKey(key))
                    .forEach(key -> missing.add(TEMPLATES.relativize(template) + ": " + key));
        }
        assertThat(missing).as("message keys missing from messages.properties").isEmpty();
    }

    @Test
    void scannerSeesLiteralTextButNotMessages() {
        var findings = TemplateScanner.literalText("""
                <p th:text="#{home.heading}"></p> <p>Hello</p> &middot; [[#{app.name}]]
                <img alt="A house" th:src="@{/x}"> <img alt="">
                """);

        assertThat(findings).extracting(TemplateScanner.Finding::what)
                .containsExactly("text \"Hello\"", "alt=\"A house\"");
    }

    private static List<String> findInTemplates(Function<String, List<TemplateScanner.Finding>> scan) throws IOException {
        var all = new ArrayList<String>();
        for (var template : templates()) {
            for (var finding : scan.apply(Files.readString(template))) {
                all.add(TEMPLATES.relativize(template) + ":" + finding.line() + " " + finding.what());
            }
        }
        return all;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            var html = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
            assertThat(html).as("templates under " + TEMPLATES).isNotEmpty();
            return html;
        }
    }
}
