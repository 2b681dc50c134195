package nnlearn.display;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The JJava extension that renders Tablesaw {@link Figure}s and {@link Table}s as HTML.
 *
 * <p>JJava finds this class through {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when the
 * notebook adds {@code nnlearn.jar} with {@code %classpath}, and calls {@link #install} once per kernel.
 * One instance lives as long as the kernel, so it is also where "plotly.js was already sent in this
 * session" is remembered (inside {@link FigureHtml}).
 */
public final class NotebookDisplay implements Extension {

    private final FigureHtml figures = new FigureHtml(PlotlyJs::read);

    @Override
    public void install(BaseKernel kernel) {
        kernel.getRenderer()
                .createRegistration(Figure.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((figure, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> figures.html(figure));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> FigureHtml.describe(figure));
                });
        kernel.getRenderer()
                .createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.html(table));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableHtml.text(table));
                });
    }
}
