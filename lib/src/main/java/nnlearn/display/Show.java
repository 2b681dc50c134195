package nnlearn.display;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * A fallback for kernels that do not discover extensions on {@code %classpath} (older JJava releases):
 * {@code nnlearn.display.Show.install();} registers the same renderers by hand. Also turns a figure or a
 * table into HTML outside a notebook.
 */
public final class Show {

    private static final FigureHtml FIGURES = new FigureHtml(PlotlyJs::read);

    private Show() {
    }

    /** Registers the figure and table renderers with the running JJava kernel. */
    public static void install() {
        BaseKernel kernel = BaseKernel.notebookKernel();
        if (kernel == null) {
            throw new IllegalStateException("no JJava kernel is running: Show.install() is for notebook cells");
        }
        new NotebookDisplay().install(kernel);
    }

    /** An HTML table (truncated to a few rows, with the full size in the caption). */
    public static String html(Table table) {
        return TableHtml.html(table);
    }

    /** The HTML for a figure; the first call in this JVM carries plotly.js. */
    public static String html(Figure figure) {
        return FIGURES.html(figure);
    }
}
