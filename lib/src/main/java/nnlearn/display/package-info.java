/**
 * Inline, offline display of Tablesaw figures and tables in JJava notebooks.
 *
 * <p>{@link nnlearn.display.NotebookDisplay} is a JJava {@code Extension}. JJava discovers it through
 * {@code META-INF/services} when a notebook loads the library with
 * {@code %classpath ../lib/target/nnlearn.jar ../lib/target/lib/*.jar}; from then on
 * {@code display(figure)} and {@code display(table)} (or a figure or table as the last expression of a
 * cell) render as HTML: a Plotly chart drawn by a copy of plotly.js read from the local disk, or an
 * HTML table. Nothing is fetched from the network.
 */
package nnlearn.display;
