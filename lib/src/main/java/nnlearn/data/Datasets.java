package nnlearn.data;

import java.util.SplittableRandom;

/**
 * Seeded synthetic data sets. The same arguments and seed always give the same examples.
 */
public final class Datasets {

    private Datasets() {
    }

    /** The four XOR points (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0: not linearly separable. */
    public static Dataset xor() {
        return Dataset.classification(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new int[] {0, 1, 1, 0}, 2);
    }

    /**
     * Two interleaving half circles in the plane, n examples (alternating classes), with Gaussian noise of
     * standard deviation {@code noise} added to both coordinates.
     */
    public static Dataset twoMoons(int n, double noise, long seed) {
        requireCount(n, 2);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double t = Math.PI * rng.nextDouble();
            y[i] = i % 2;
            if (y[i] == 0) {
                x[i][0] = Math.cos(t);
                x[i][1] = Math.sin(t);
            } else {
                x[i][0] = 1 - Math.cos(t);
                x[i][1] = 0.5 - Math.sin(t);
            }
            x[i][0] += noise * rng.nextGaussian();
            x[i][1] += noise * rng.nextGaussian();
        }
        return Dataset.classification(x, y, 2).withNames("x1", "x2");
    }

    /** {@code classes} interleaved spiral arms in the plane, {@code perClass} examples each, with angular noise. */
    public static Dataset spirals(int perClass, int classes, double noise, long seed) {
        requireCount(perClass, 1);
        if (classes < 2) throw new IllegalArgumentException("spirals: need at least 2 classes, got " + classes);
        SplittableRandom rng = new SplittableRandom(seed);
        int n = perClass * classes;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < perClass; i++) {
                int idx = c * perClass + i;
                double r = (i + 0.5) / perClass;
                double angle = c * 2 * Math.PI / classes + 4 * r + noise * rng.nextGaussian();
                x[idx][0] = r * Math.sin(angle);
                x[idx][1] = r * Math.cos(angle);
                y[idx] = c;
            }
        }
        return Dataset.classification(x, y, classes).withNames("x1", "x2");
    }

    /**
     * Two Gaussian classes in {@code dim} dimensions with identity covariance and means ±(separation/2)·e₁, so the
     * true (Bayes) boundary is the plane x₁ = 0 and each example's signed distance to it is known.
     * A fraction {@code flipRate} of the labels is flipped after sampling.
     *
     * <p>Extras: {@code "margin"} = signed distance to the true boundary on the side of the example's <i>clean</i>
     * class (negative: the example lies on the wrong side); {@code "flipped"} = 1 for a flipped label, else 0.
     */
    public static Dataset gaussianClasses(int n, int dim, double separation, double flipRate, long seed) {
        requireCount(n, 2);
        if (dim < 1) throw new IllegalArgumentException("gaussianClasses: dimension must be at least 1, got " + dim);
        if (!(separation >= 0)) throw new IllegalArgumentException("gaussianClasses: separation must be ≥ 0, got " + separation);
        if (!(flipRate >= 0 && flipRate < 0.5)) throw new IllegalArgumentException("gaussianClasses: flip rate must be in [0, 0.5), got " + flipRate);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][dim];
        int[] y = new int[n];
        double[] margin = new double[n], flipped = new double[n];
        for (int i = 0; i < n; i++) {
            int clean = i % 2;
            double sign = clean == 1 ? 1 : -1;
            for (int d = 0; d < dim; d++) x[i][d] = rng.nextGaussian();
            x[i][0] += sign * separation / 2;
            margin[i] = sign * x[i][0];
            boolean flip = rng.nextDouble() < flipRate;
            y[i] = flip ? 1 - clean : clean;
            flipped[i] = flip ? 1 : 0;
        }
        return Dataset.classification(x, y, 2).withExtra("margin", margin).withExtra("flipped", flipped);
    }

    /** The same examples with labels drawn uniformly at random: nothing to learn but memorisation. */
    public static Dataset randomLabels(Dataset data, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[data.size()];
        for (int i = 0; i < y.length; i++) y[i] = rng.nextInt(data.classes());
        return data.withLabels(y);
    }

    /** Appends k irrelevant standard-normal feature columns, named noise0, noise1, .... */
    public static Dataset addNoiseFeatures(Dataset data, int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Dataset out = data;
        for (int j = 0; j < k; j++) {
            double[] col = new double[data.size()];
            for (int i = 0; i < col.length; i++) col[i] = rng.nextGaussian();
            out = out.addColumn("noise" + j, col);
        }
        return out;
    }

    private static void requireCount(int n, int min) {
        if (n < min) throw new IllegalArgumentException("need at least " + min + " examples, got " + n);
    }
}
