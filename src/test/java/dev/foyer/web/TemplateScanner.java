package dev.foyer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Reads a template with AttoParser, the parser Thymeleaf itself uses, so that what counts as text or
 * an attribute here is exactly what Thymeleaf sees; a line-by-line regular expression would not.
 */
final class TemplateScanner {

    /** Attributes a user reads or hears; they must come from messages too ({@code th:title}, ...). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");

    record Finding(int line, String what) {
    }

    private TemplateScanner() {
    }

    /** Text nodes and text attributes a user would see that do not come from a message key. */
    static List<Finding> literalText(String template) {
        var findings = new ArrayList<Finding>();
        parse(template, new AbstractMarkupHandler() {
            @Override
            public void handleText(char[] buffer, int offset, int len, int line, int col) {
                var text = new String(buffer, offset, len);
                if (isWords(text)) {
                    findings.add(new Finding(line, "text \"" + text.strip() + "\""));
                }
            }

            @Override
            public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                    int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
                    int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
                var name = new String(buffer, nameOffset, nameLen).toLowerCase();
                var value = new String(buffer, valueContentOffset, valueContentLen);
                if (TEXT_ATTRIBUTES.contains(name) && isWords(value)) {
                    findings.add(new Finding(nameLine, name + "=\"" + value + "\""));
                }
            }
        });
        return findings;
    }

    /** Inline {@code <script>} bodies and {@code style} attributes, both of which the CSP refuses. */
    static List<Finding> inlineScriptsAndStyles(String template) {
        var findings = new ArrayList<Finding>();
        parse(template, new AbstractMarkupHandler() {
            private String element = "";

            @Override
            public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
                element = new String(buffer, offset, len).toLowerCase();
            }

            @Override
            public void handleText(char[] buffer, int offset, int len, int line, int col) {
                if (element.equals("script") || element.equals("style")) {
                    if (!new String(buffer, offset, len).isBlank()) {
                        findings.add(new Finding(line, "inline <" + element + ">"));
                    }
                }
            }

            @Override
            public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                    int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
                    int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
                var name = new String(buffer, nameOffset, nameLen).toLowerCase();
                if (name.equals("style") || name.equals("th:style") || name.startsWith("on")) {
                    findings.add(new Finding(nameLine, "attribute " + name));
                }
            }
        });
        return findings;
    }

    private static boolean isWords(String text) {
        var remainder = ENTITY.matcher(INLINE_EXPRESSION.matcher(text).replaceAll("")).replaceAll("");
        return remainder.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static void parse(String template, AbstractMarkupHandler handler) {
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(template, handler);
        } catch (ParseException e) {
            throw new IllegalArgumentException("Template does not parse", e);
        }
    }
}
