package org.putright.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.putright.system.document.CsvField;

/**
 * Writes rows of cells as CSV (RFC 4180, UTF-8) or as XLSX sheets, one sheet per table, streamed
 * so that a million rows never sit in memory. Text that a spreadsheet would run as a formula is
 * written with a leading apostrophe (CSV injection).
 */
abstract class TableWriter implements AutoCloseable {

    /** Starts a table: its sheet (XLSX) or its title line (CSV), then its header row. */
    abstract void startTable(String title, List<String> columns);

    abstract void row(List<@Nullable Object> cells);

    /** Finishes the file; the stream stays open for the caller to close. */
    @Override
    public abstract void close();

    /** A writer for one table: in CSV, the header row comes first. */
    static TableWriter of(ExportFormat format, OutputStream out) {
        return format == ExportFormat.CSV ? new Csv(out, false) : new Xlsx(out);
    }

    /** A writer for several tables: in CSV, each starts with its title, after a blank line. */
    static TableWriter ofSeveral(ExportFormat format, OutputStream out) {
        return format == ExportFormat.CSV ? new Csv(out, true) : new Xlsx(out);
    }

    void write(ReportTable table) {
        startTable(table.title(), table.columns());
        table.rows().forEach(this::row);
    }

    private static final class Csv extends TableWriter {
        private final Writer writer;
        private final boolean titled;
        private boolean first = true;

        Csv(OutputStream out, boolean titled) {
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            this.titled = titled;
        }

        @Override
        void startTable(String title, List<String> columns) {
            if (titled) {
                if (!first) {
                    line(List.of());
                }
                line(List.of(title));
            }
            first = false;
            line(columns);
        }

        @Override
        void row(List<@Nullable Object> cells) {
            line(cells);
        }

        private void line(List<? extends @Nullable Object> cells) {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(field(cells.get(i)));
                }
                writer.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String field(@Nullable Object cell) {
            if (cell == null) {
                return "";
            }
            if (cell instanceof Number) {
                return cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
            }
            return CsvField.of(cell.toString());
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableWriter {
        private static final int MAXIMUM_SHEET_NAME = 31;

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final CellStyle header;
        private @Nullable SXSSFSheet sheet;
        private int next;

        Xlsx(OutputStream out) {
            this.out = out;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
        }

        @Override
        void startTable(String title, List<String> columns) {
            String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
            name = name.length() > MAXIMUM_SHEET_NAME ? name.substring(0, MAXIMUM_SHEET_NAME) : name;
            String unique = name;
            for (int n = 2; workbook.getSheet(unique) != null; n++) {
                String suffix = " " + n;
                unique = name.substring(0, Math.min(name.length(), MAXIMUM_SHEET_NAME - suffix.length())) + suffix;
            }
            sheet = workbook.createSheet(unique);
            next = 0;
            Row row = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellValue(columns.get(i));
                row.getCell(i).setCellStyle(header);
            }
        }

        @Override
        void row(List<@Nullable Object> cells) {
            SXSSFSheet current = sheet;
            if (current == null) {
                throw new IllegalStateException("A row belongs to a table");
            }
            Row row = current.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object cell = cells.get(i);
                if (cell instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (cell != null) {
                    row.createCell(i).setCellValue(cell.toString());
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
