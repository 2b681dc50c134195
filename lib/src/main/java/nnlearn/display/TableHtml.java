package nnlearn.display;

import java.math.BigDecimal;
import java.math.MathContext;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns a Tablesaw {@link Table} into an HTML table: all rows when there are at most {@value #MAX_ROWS},
 * otherwise the first {@value #HEAD} and the last {@value #TAIL} with a gap row between; the caption gives the
 * table's name and its full size.
 */
final class TableHtml {

    static final int MAX_ROWS = 20;
    static final int HEAD = 10;
    static final int TAIL = 5;

    private TableHtml() {
    }

    static String html(Table table) {
        int rows = table.rowCount();
        int cols = table.columnCount();
        boolean cut = rows > MAX_ROWS;
        StringBuilder html = new StringBuilder("<div class=\"nnlearn-table\">\n<div class=\"nnlearn-table-size\">");
        html.append(escape(table.name() == null ? "" : table.name())).append(" — ")
                .append(rows).append(rows == 1 ? " row" : " rows").append(" × ")
                .append(cols).append(cols == 1 ? " column" : " columns");
        if (cut) {
            html.append(" (first ").append(HEAD).append(" and last ").append(TAIL).append(" shown)");
        }
        html.append("</div>\n<table>\n<thead><tr><th></th>");
        for (Column<?> c : table.columns()) {
            html.append("<th>").append(escape(c.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows; r++) {
            if (cut && r == HEAD) {
                html.append("<tr><td>⋮</td>");
                html.append("<td>⋮</td>".repeat(cols)).append("</tr>\n");
                r = rows - TAIL;
            }
            html.append("<tr><th>").append(r).append("</th>");
            for (int c = 0; c < cols; c++) {
                String align = isNumeric(table.column(c)) ? " style=\"text-align: right\"" : "";
                html.append("<td").append(align).append('>').append(escape(cell(table.column(c), r))).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table></div>\n").toString();
    }

    /** The plain-text form: Tablesaw's own print, cut the same way. */
    static String text(Table table) {
        return table.rowCount() > MAX_ROWS
                ? table.first(HEAD).print() + "\n... " + table.rowCount() + " rows in all\n"
                : table.print();
    }

    /** A cell as text; floating-point numbers with 6 significant digits, as pandas shows them. */
    static String cell(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        if (column.type() == ColumnType.DOUBLE || column.type() == ColumnType.FLOAT) {
            double v = ((Number) column.get(row)).doubleValue();
            if (!Double.isFinite(v) || v == 0) {
                return Double.toString(v);
            }
            BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
            double magnitude = Math.abs(v);
            return magnitude >= 1e-4 && magnitude < 1e7 ? d.toPlainString() : d.toString();
        }
        return column.getString(row);
    }

    private static boolean isNumeric(Column<?> column) {
        ColumnType t = column.type();
        return t == ColumnType.DOUBLE || t == ColumnType.FLOAT || t == ColumnType.INTEGER
                || t == ColumnType.LONG || t == ColumnType.SHORT;
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
