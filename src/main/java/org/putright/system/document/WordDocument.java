package org.putright.system.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A report as a Word document landlords can edit and file with board papers: Word's own heading
 * styles (so the navigation pane and screen readers see the structure), line breaks kept, and
 * tables whose header row repeats on every page and is read as headers.
 */
public final class WordDocument implements AutoCloseable {

    private static final int HEADING_LEVELS = 3;

    private final XWPFDocument document = new XWPFDocument();

    /** A new document with the title and author in its properties. */
    public WordDocument(String title, String author) {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            style.addNewRPr().addNewB();
            style.getRPr().addNewSz().setVal(BigInteger.valueOf(level == 1 ? 36 : level == 2 ? 28 : 24));
            styles.addStyle(new XWPFStyle(style, styles));
        }
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator(author);
    }

    public WordDocument heading(int level, String text) {
        if (level < 1 || level > HEADING_LEVELS) {
            throw new IllegalArgumentException("Headings go from 1 to " + HEADING_LEVELS);
        }
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
        return this;
    }

    /** A paragraph; each line of {@code text} on a line of its own. */
    public WordDocument text(String text) {
        lines(document.createParagraph(), text);
        return this;
    }

    /** A table with a caption above it, a header row and the given rows of text. */
    public WordDocument table(String caption, List<String> headers, List<List<String>> rows) {
        XWPFParagraph title = document.createParagraph();
        XWPFRun run = title.createRun();
        run.setBold(true);
        run.setText(caption);
        Table table = table(headers.toArray(String[]::new));
        rows.forEach(row -> table.row(row.toArray(String[]::new)));
        return this;
    }

    /** A table to fill row by row: the header row is made now. */
    public Table table(String... headers) {
        XWPFTable table = document.createTable(1, headers.length);
        XWPFTableRow header = table.getRow(0);
        // Repeated on every page and read as headers by assistive technology.
        header.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            XWPFRun run = header.getCell(i).getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setText(headers[i]);
        }
        return new Table(table);
    }

    /** One table of the document. */
    public static final class Table {
        private final XWPFTable table;

        private Table(XWPFTable table) {
            this.table = table;
        }

        public Table row(String... cells) {
            XWPFTableRow row = table.createRow();
            for (int i = 0; i < cells.length; i++) {
                lines(row.getCell(i).getParagraphs().get(0), cells[i]);
            }
            return this;
        }
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the document as DOCX", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
