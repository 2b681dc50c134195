package nnlearn.train;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nnlearn.Dense;
import nnlearn.Network;

/**
 * Turns gradients into parameter updates. This is the only place where the minus sign of gradient descent lives:
 * layers hold true gradients in dW and db, and {@link #step(Network)} moves every parameter against them.
 *
 * <pre>{@code
 * Optimizer.sgd(0.1)              w ← w − η g
 * Optimizer.momentum(0.1, 0.9)    v ← βv − η g;  w ← w + v
 * Optimizer.adam(0.01)            Kingma and Ba, ICLR 2015 (β₁ = 0.9, β₂ = 0.999, ε = 1e−8)
 * }</pre>
 *
 * <p>Regularisers attach to the optimiser, each on a chosen group of parameters. A gradient-based regulariser (L2,
 * L1 subgradient) adds its gradient to g before the update; a proximal one (L1 proximal) acts after the update.
 * dW and db are never changed: they keep holding the gradient of the data loss alone.
 *
 * <p>An optimiser keeps per-parameter state (velocity, moments) for the network it steps.
 */
public abstract class Optimizer {

    /** The learning rate η. */
    public final double eta;
    private final String name;
    private final List<Penalty> penalties = new ArrayList<>();
    private final Map<double[], double[][]> state = new IdentityHashMap<>();
    private final Map<double[], Double> lastUpdateNorm = new IdentityHashMap<>();
    private final Map<double[], int[][]> selections = new IdentityHashMap<>();
    private final List<Params> frozen = new ArrayList<>();
    private double[] scratch = new double[0];
    private long steps;

    private record Penalty(Regularizer regularizer, Params group) {
    }

    private Optimizer(String name, double eta) {
        if (!(eta > 0 && Double.isFinite(eta))) {
            throw new IllegalArgumentException(name + ": learning rate must be positive and finite, got " + eta);
        }
        this.name = name;
        this.eta = eta;
    }

    public static Optimizer sgd(double eta) {
        return new Optimizer("sgd", eta) {
            @Override protected int stateSize() { return 0; }
            @Override protected double update(double[] w, double[] g, int n, double[][] s, long t) {
                for (int i = 0; i < n; i++) {
                    w[i] -= eta * g[i];
                }
                return eta * eta * sumOfSquares(g, n);     // ‖η g‖²
            }
        };
    }

    public static Optimizer momentum(double eta, double beta) {
        if (!(beta >= 0 && beta < 1)) throw new IllegalArgumentException("momentum: beta must be in [0, 1), got " + beta);
        return new Optimizer("momentum(β=" + beta + ")", eta) {
            @Override protected int stateSize() { return 1; }
            @Override protected double update(double[] w, double[] g, int n, double[][] s, long t) {
                double[] v = s[0];
                double sq = 0;
                for (int i = 0; i < n; i++) {
                    v[i] = beta * v[i] - eta * g[i];
                    w[i] += v[i];
                    sq += v[i] * v[i];
                }
                return sq;
            }
        };
    }

    public static Optimizer adam(double eta) {
        return adam(eta, 0.9, 0.999, 1e-8);
    }

    public static Optimizer adam(double eta, double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1 && epsilon > 0)) {
            throw new IllegalArgumentException("adam: need 0 ≤ β₁, β₂ < 1 and ε > 0, got β₁=" + beta1 + ", β₂=" + beta2 + ", ε=" + epsilon);
        }
        return new Optimizer("adam", eta) {
            @Override protected int stateSize() { return 2; }
            @Override protected double update(double[] w, double[] g, int n, double[][] s, long t) {
                double[] m = s[0], v = s[1];
                double c1 = 1 - Math.pow(beta1, t), c2 = 1 - Math.pow(beta2, t);
                double sq = 0;
                for (int i = 0; i < n; i++) {
                    m[i] = beta1 * m[i] + (1 - beta1) * g[i];
                    v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
                    double u = eta * (m[i] / c1) / (Math.sqrt(v[i] / c2) + epsilon);
                    w[i] -= u;
                    sq += u * u;
                }
                return sq;
            }
        };
    }

    /** Adds a regulariser on a group of parameters; returns this optimiser. */
    public Optimizer regularize(Regularizer regularizer, Params group) {
        penalties.add(new Penalty(regularizer, group));
        selections.clear();
        return this;
    }

    /**
     * Keeps a group of parameters fixed: {@link #step(Network)} leaves them exactly as they are (their gradients are
     * still computed). For example {@code freeze(Params.layer(1))} trains only the layers above the first.
     */
    public Optimizer freeze(Params group) {
        frozen.add(group);
        frozenSelections.clear();
        return this;
    }

    private final Map<double[], int[]> frozenSelections = new IdentityHashMap<>();

    /** One update of every parameter of {@code net} (except frozen ones) from its current dW and db. */
    public final void step(Network net) {
        steps++;
        for (int k = 1; k <= net.depth(); k++) {
            Dense layer = net.layer(k);
            stepTensor(net, k, true, layer.W, layer.dW);
            stepTensor(net, k, false, layer.b, layer.db);
        }
    }

    private void stepTensor(Network net, int k, boolean weights, double[] w, double[] grad) {
        int[][] selected = selections.computeIfAbsent(w, key -> select(net, k, weights));
        double[] g = grad;
        boolean anyProximal = false;
        if (!penalties.isEmpty()) {
            if (scratch.length < grad.length) scratch = new double[grad.length];
            g = scratch;
            System.arraycopy(grad, 0, g, 0, grad.length);
            for (int p = 0; p < penalties.size(); p++) {
                penalties.get(p).regularizer.addGradient(w, g, selected[p]);
                anyProximal |= penalties.get(p).regularizer.isProximal() && selected[p].length > 0;
            }
        }
        int[] fixed = frozen.isEmpty() ? null : frozenSelections.computeIfAbsent(w, key -> frozenIndices(net, k, weights));
        double[] before = anyProximal || (fixed != null && fixed.length > 0) ? w.clone() : null;
        double sq = update(w, g, w.length, state.computeIfAbsent(w, key -> new double[stateSize()][w.length]), steps);
        if (anyProximal) {
            for (int p = 0; p < penalties.size(); p++) {
                if (penalties.get(p).regularizer.isProximal()) penalties.get(p).regularizer.proximal(w, selected[p], eta);
            }
        }
        if (fixed != null) {
            for (int i : fixed) w[i] = before[i];
        }
        if (before != null) {
            sq = 0;
            for (int i = 0; i < w.length; i++) sq += (w[i] - before[i]) * (w[i] - before[i]);
        }
        lastUpdateNorm.put(w, Math.sqrt(sq));
    }

    private int[] frozenIndices(Network net, int k, boolean weights) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        for (Params group : frozen) {
            for (int i : weights ? group.weightIndices(net, k) : group.biasIndices(net, k)) all.add(i);
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[][] select(Network net, int k, boolean weights) {
        int[][] s = new int[penalties.size()][];
        for (int p = 0; p < s.length; p++) {
            Params group = penalties.get(p).group;
            s[p] = weights ? group.weightIndices(net, k) : group.biasIndices(net, k);
        }
        return s;
    }

    /** The total penalty of all attached regularisers at the network's current parameters. */
    public double penalty(Network net) {
        double total = 0;
        for (Penalty p : penalties) {
            for (int k = 1; k <= net.depth(); k++) {
                Dense layer = net.layer(k);
                total += p.regularizer.penalty(layer.W, p.group.weightIndices(net, k));
                total += p.regularizer.penalty(layer.b, p.group.biasIndices(net, k));
            }
        }
        return total;
    }

    /** ‖ΔW^(k)‖ of the last step (Euclidean norm of the change of layer k's weights); 0 before any step. */
    public double lastUpdateNorm(Network net, int k) {
        return lastUpdateNorm.getOrDefault(net.layer(k).W, 0.0);
    }

    /** Number of steps taken so far. */
    public long steps() {
        return steps;
    }

    /**
     * One update in place: w ← w − (update computed from g and the state), over the first n entries.
     *
     * @param s the per-parameter state arrays ({@link #stateSize()} of them)
     * @param t the step count, starting at 1
     * @return the squared Euclidean norm of the change made to w
     */
    protected abstract double update(double[] w, double[] g, int n, double[][] s, long t);

    /**
     * Σ v[i]² for i &lt; n, with four running sums, so that each addition need not wait for the one before it
     * (one running sum would chain every addition of the array).
     */
    protected static double sumOfSquares(double[] v, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += v[i] * v[i];
            s1 += v[i + 1] * v[i + 1];
            s2 += v[i + 2] * v[i + 2];
            s3 += v[i + 3] * v[i + 3];
        }
        for (; i < n; i++) s0 += v[i] * v[i];
        return (s0 + s1) + (s2 + s3);
    }

    /** How many per-parameter state arrays the update needs. */
    protected abstract int stateSize();

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name).append("(η=").append(eta).append(")");
        for (Penalty p : penalties) s.append(" + ").append(p.regularizer).append(" on ").append(p.group);
        for (Params f : frozen) s.append(", frozen: ").append(f);
        return s.toString();
    }
}
