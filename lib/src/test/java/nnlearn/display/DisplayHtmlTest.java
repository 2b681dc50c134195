package nnlearn.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.LinePlot;
import tech.tablesaw.plotly.components.Figure;

/** The HTML that notebooks show; the browser side is tested by tests/ (pytest + Chromium). */
class DisplayHtmlTest {

    private static Figure figure() {
        Table t = Table.create("t", DoubleColumn.create("x", 1, 2, 3), DoubleColumn.create("y", 1, 4, 9));
        return LinePlot.create("squares", t, "x", "y");
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void plotlyTravelsWithTheFirstFigureOnlyAndHidesAmdDefine() {
        FigureHtml figures = new FigureHtml(() -> "window.Plotly = {newPlot: function () {}}; // </script> inside");
        String first = figures.html(figure());
        String second = figures.html(figure());
        assertEquals(1, count(first, "window.Plotly = {newPlot"), "the first figure carries the bundle");
        assertTrue(first.contains("(function (define, module, exports) {"), "define/module/exports are shadowed while the bundle runs");
        assertFalse(first.contains("// </script> inside"), "a </script> inside the bundle is escaped");
        assertFalse(second.contains("window.Plotly = {newPlot"), "later figures do not repeat it");
        assertTrue(second.contains("if (window.Plotly && target) { draw(); return; }"), "later figures wait for window.Plotly");
    }

    @Test
    void figureIdIsAValidJavaScriptName() {
        String html = new FigureHtml(() -> "").html(figure());
        String id = html.replaceAll("(?s).*<div id=\"([^\"]+)\".*", "$1");
        assertTrue(id.matches("[A-Za-z_][A-Za-z0-9_]*"), id);
        assertTrue(html.contains("var target_" + id), "Tablesaw names a variable after the div id");
    }

    @Test
    void longTablesAreCutAndSayTheirSize() {
        Table t = Table.create("steps", IntColumn.indexColumn("i", 100, 0), DoubleColumn.create("v", new double[100]));
        String html = TableHtml.html(t);
        assertTrue(html.contains("steps — 100 rows × 2 columns (first 10 and last 5 shown)"), html);
        assertEquals(1 + TableHtml.HEAD + 1 + TableHtml.TAIL, count(html, "<tr>"), "header, head rows, gap row, tail rows");
        assertTrue(html.contains("<th>99</th>") && !html.contains("<th>50</th>"));
    }

    @Test
    void cellsAreEscapedAndNumbersRounded() {
        Table t = Table.create("x", StringColumn.create("s", "<b>&"), DoubleColumn.create("d", 0.1 + 0.2),
                DoubleColumn.create("tiny", 7.43246297910211e-8));
        String html = TableHtml.html(t);
        assertTrue(html.contains("&lt;b&gt;&amp;"), html);
        assertTrue(html.contains(">0.3</td>"), html);
        assertTrue(html.contains(">7.43246E-8</td>"), html);
    }
}
