package dev.foyer.csv;

/**
 * Cells a spreadsheet would run as a formula. A note such as {@code =HYPERLINK("http://…","x")}
 * or {@code @SUM(…)} in an exported file would run when the file is opened, so export writes such a
 * cell with a leading apostrophe, which spreadsheets show as text; import takes it off again, so a
 * file exported and imported back holds what it held. Phones in international form ({@code +61…})
 * are among them: a spreadsheet would otherwise read one as a sum.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String guard(String cell) {
        return cell != null && startsFormula(cell, 0) ? "'" + cell : cell;
    }

    public static String unguard(String cell) {
        return cell != null && startsFormula(cell, 1) && cell.charAt(0) == '\''
                ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String cell, int at) {
        return cell.length() > at && "=+-@\t\r".indexOf(cell.charAt(at)) >= 0;
    }
}
