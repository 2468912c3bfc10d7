/**
 * CSV files for spreadsheets and other CRMs: downloads written row by row from a database cursor,
 * in constant memory however many rows there are, and cells guarded so that a spreadsheet never
 * runs one as a formula ({@link dev.foyer.csv.SpreadsheetCells}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "CSV files")
package dev.foyer.csv;
