package nnlearn.check;

import nnlearn.Dense;
import nnlearn.Network;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Checks backpropagation against central finite differences, parameter by parameter:
 * ∂L/∂θ ≈ (L(θ + ε) − L(θ − ε)) / 2ε, with the batch mean loss L in evaluation mode (no dropout).
 *
 * <p>Per tensor it reports the largest relative error |g − ĝ| / max(|g| + |ĝ|, 1e−4), where g is the backprop
 * gradient and ĝ the finite difference, and the largest absolute error |g − ĝ|. With doubles and ε = 1e−6, a correct
 * backward pass gives relative errors of about 1e−8 or less; a wrong one gives errors of order 1. The floor 1e−4 in
 * the denominator keeps the rounding noise of the difference quotient (about 1e−10) from looking like a large
 * relative error when the true gradient is zero, as it is for an idle unit.
 *
 * <pre>{@code
 * GradientCheck.Result r = GradientCheck.run(net, x, y);
 * display(r.table());
 * check("backprop matches finite differences", r.maxRelativeError() < 1e-6, r.maxRelativeError());
 * }</pre>
 * The network's parameters are restored exactly afterwards; its dW and db hold the backprop gradient.
 */
public final class GradientCheck {

    /** Default step ε. */
    public static final double EPSILON = 1e-6;

    private GradientCheck() {
    }

    /** The outcome: one row per parameter tensor. */
    public record Result(Table table, double maxRelativeError, double maxAbsoluteError) {
        @Override
        public String toString() {
            return table.print() + "\nmax relative error " + maxRelativeError + ", max absolute error " + maxAbsoluteError;
        }
    }

    public static Result run(Network net, double[][] x, double[][] y) {
        return run(net, x, y, EPSILON);
    }

    public static Result run(Network net, double[][] x, double[][] y, double eps) {
        net.computeGradients(x, y);
        StringColumn tensor = StringColumn.create("tensor");
        IntColumn layerCol = IntColumn.create("layer"), count = IntColumn.create("parameters");
        DoubleColumn rel = DoubleColumn.create("max_relative_error"), abs = DoubleColumn.create("max_absolute_error");
        double maxRel = 0, maxAbs = 0;
        for (int k = 1; k <= net.depth(); k++) {
            Dense layer = net.layer(k);
            for (int t = 0; t < 2; t++) {
                double[] p = t == 0 ? layer.W : layer.b;
                double[] g = t == 0 ? layer.dW : layer.db;
                double tRel = 0, tAbs = 0;
                for (int i = 0; i < p.length; i++) {
                    double saved = p[i];
                    p[i] = saved + eps;
                    double plus = net.loss(x, y);
                    p[i] = saved - eps;
                    double minus = net.loss(x, y);
                    p[i] = saved;
                    double numeric = (plus - minus) / (2 * eps);
                    double diff = Math.abs(numeric - g[i]);
                    tAbs = Math.max(tAbs, diff);
                    tRel = Math.max(tRel, diff / Math.max(Math.abs(numeric) + Math.abs(g[i]), 1e-4));
                }
                tensor.append(t == 0 ? "W" + k : "b" + k);
                layerCol.append(k);
                count.append(p.length);
                rel.append(tRel);
                abs.append(tAbs);
                maxRel = Math.max(maxRel, tRel);
                maxAbs = Math.max(maxAbs, tAbs);
            }
        }
        Table table = Table.create("gradient check (ε = " + eps + ")", tensor, layerCol, count, rel, abs);
        return new Result(table, maxRel, maxAbs);
    }
}
