package nnlearn.display;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;

/**
 * Turns a Tablesaw {@link Figure} into a self-contained HTML fragment for a notebook output.
 *
 * <p>The first figure of a kernel session carries plotly.js itself (about 1.3 MB), so the executed notebook
 * and its HTML export draw offline; every later figure only waits until {@code window.Plotly} exists.
 * While the bundle runs, {@code define}, {@code module} and {@code exports} are hidden from it: on a page that
 * loaded require.js (some nbconvert templates do) the UMD bundle would otherwise register an AMD module
 * and never set {@code window.Plotly}.
 */
final class FigureHtml {

    /** How long a figure waits for plotly.js before it says why it cannot draw: 400 × 25 ms = 10 s. */
    private static final int WAIT_TRIES = 400;
    private static final Pattern SCRIPT = Pattern.compile("(?s)^\\s*<script[^>]*>(.*)</script>\\s*$");

    private final Supplier<String> plotlyJs;
    private boolean plotlySent;

    /** @param plotlyJs reads the plotly.js bundle; called once, for the first figure */
    FigureHtml(Supplier<String> plotlyJs) {
        this.plotlyJs = plotlyJs;
    }

    /** The HTML for one figure; the first call of this instance also carries plotly.js. */
    synchronized String html(Figure figure) {
        // Tablesaw also names a JavaScript variable after the id, so it may hold letters, digits and _ only.
        String id = "nnlearn_figure_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder html = new StringBuilder();
        if (!plotlySent) {
            html.append(bundleScript(plotlyJs.get()));
            plotlySent = true;
        }
        html.append("<div id=\"").append(id).append("\" class=\"nnlearn-figure\"></div>\n");
        html.append("<script>\n(function () {\n")
                .append("  function draw() {\n").append(drawingCode(figure, id)).append("\n  }\n")
                .append("  var tries = 0;\n")
                .append("  (function waitForPlotly() {\n")
                .append("    var target = document.getElementById('").append(id).append("');\n")
                .append("    if (window.Plotly && target) { draw(); return; }\n")
                .append("    if (++tries < ").append(WAIT_TRIES).append(") { setTimeout(waitForPlotly, 25); return; }\n")
                .append("    if (target) { target.textContent = 'plotly.js is not loaded on this page: it travels with the first figure"
                        + " of a kernel session. Restart the kernel and run all cells (in JupyterLab, also trust the notebook).'; }\n")
                .append("  })();\n")
                .append("})();\n</script>\n");
        return html.toString();
    }

    /** One line for plain-text front ends: the figure's title, if any. */
    static String describe(Figure figure) {
        Object title = figure.getLayout() == null ? null : figure.getLayout().getTitle();
        return "Figure" + (title == null ? "" : ": " + title) + " (Plotly; shown in JupyterLab, Notebook 7 and the HTML export)";
    }

    /** Tablesaw's JavaScript for the figure, without its surrounding script tag. */
    private static String drawingCode(Figure figure, String id) {
        String js = figure.asJavascript(id);
        Matcher m = SCRIPT.matcher(js);
        return m.matches() ? m.group(1) : js;
    }

    private static String bundleScript(String bundle) {
        // "</script" inside the bundle would end the script element early; "<\/script" means the same in JavaScript.
        String safe = bundle.replaceAll("(?i)</script", "<\\\\/script");
        return "<script>\n"
                + "/* plotly.js, inlined once per kernel session by nnlearn.display (offline; no CDN). */\n"
                + "if (!window.Plotly) {\n"
                + "(function (define, module, exports) {\n"
                + safe
                + "\n}).call(window);\n"
                + "}\n"
                + "</script>\n";
    }
}
