package nnlearn.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Examples for training: an n × d feature matrix {@code x} and either class labels (classification) or
 * target rows (regression). Immutable: every method that changes something returns a new data set.
 *
 * <p>Construction validates what a training run would otherwise trip over later: an empty set, ragged rows,
 * NaN or infinite values, labels out of range. Per-example extras (a known margin, a "flipped label" flag) can
 * travel with the examples through {@link #subset(int[])} and {@link #split(double, long)}.
 */
public final class Dataset {

    private final double[][] x;
    private final int[] labels;        // null for regression
    private final double[][] targets;  // null for classification
    private final int classes;         // 0 for regression
    private final String[] names;
    private final Map<String, double[]> extras;

    private Dataset(double[][] x, int[] labels, double[][] targets, int classes, String[] names, Map<String, double[]> extras) {
        this.x = x;
        this.labels = labels;
        this.targets = targets;
        this.classes = classes;
        this.names = names;
        this.extras = extras;
    }

    /** A classification data set with labels 0..classes−1. Copies its arguments. */
    public static Dataset classification(double[][] x, int[] labels, int classes) {
        int d = validateFeatures(x);
        if (labels.length != x.length) {
            throw new IllegalArgumentException("data set: " + x.length + " examples but " + labels.length + " labels");
        }
        if (classes < 2) throw new IllegalArgumentException("data set: classification needs at least 2 classes, got " + classes);
        for (int n = 0; n < labels.length; n++) {
            if (labels[n] < 0 || labels[n] >= classes) {
                throw new IllegalArgumentException("data set: label " + labels[n] + " of example " + n
                        + " is out of range 0.." + (classes - 1));
            }
        }
        return new Dataset(deepCopy(x), labels.clone(), null, classes, defaultNames(d), new LinkedHashMap<>());
    }

    /** A regression data set with target rows y (n × k). Copies its arguments. */
    public static Dataset regression(double[][] x, double[][] y) {
        validateFeatures(x);
        if (y.length != x.length) {
            throw new IllegalArgumentException("data set: " + x.length + " examples but " + y.length + " target rows");
        }
        validateFeatures(y);
        return new Dataset(deepCopy(x), null, deepCopy(y), 0, defaultNames(x[0].length), new LinkedHashMap<>());
    }

    // ------------------------------------------------------------------------------------------- reading

    public int size() {
        return x.length;
    }

    /** Number of features d. */
    public int width() {
        return x[0].length;
    }

    /** Number of classes, 0 for regression. */
    public int classes() {
        return classes;
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** A copy of the features, n × d. */
    public double[][] x() {
        return deepCopy(x);
    }

    /** A copy of example n's features. */
    public double[] x(int n) {
        return x[n].clone();
    }

    /** A copy of the labels. */
    public int[] labels() {
        requireClassification("labels()");
        return labels.clone();
    }

    public int label(int n) {
        requireClassification("label(n)");
        return labels[n];
    }

    /** A copy of feature column i. */
    public double[] column(int i) {
        checkColumn(i);
        double[] c = new double[x.length];
        for (int n = 0; n < x.length; n++) c[n] = x[n][i];
        return c;
    }

    /** A copy of the feature column with this name. */
    public double[] column(String name) {
        return column(indexOf(name));
    }

    /** The index of a feature by name. */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return i;
        throw new IllegalArgumentException("data set has no feature named '" + name + "'; its features are " + Arrays.toString(names));
    }

    /** Feature names (x0, x1, ... unless named). */
    public String[] names() {
        return names.clone();
    }

    /** A per-example extra column (for example "margin"), or an error naming the ones there are. */
    public double[] extra(String name) {
        double[] v = extras.get(name);
        if (v == null) throw new IllegalArgumentException("data set has no extra column '" + name + "'; it has " + extras.keySet());
        return v.clone();
    }

    public boolean hasExtra(String name) {
        return extras.containsKey(name);
    }

    /**
     * Training targets for an output layer of width k: one-hot rows for classification (a single 0/1 column when
     * k = 1 and there are two classes), the target rows for regression.
     */
    public double[][] targets(int k) {
        if (labels == null) {
            if (targets[0].length != k) {
                throw new IllegalArgumentException("data set targets have width " + targets[0].length + ", but the output layer has width " + k);
            }
            return deepCopy(targets);
        }
        if (k == 1 && classes != 2) {
            throw new IllegalArgumentException("a single output unit can only learn 2 classes, the data set has " + classes);
        }
        if (k != 1 && k != classes) {
            throw new IllegalArgumentException("the data set has " + classes + " classes, but the output layer has width " + k);
        }
        double[][] y = new double[labels.length][k];
        for (int n = 0; n < labels.length; n++) {
            if (k == 1) y[n][0] = labels[n]; else y[n][labels[n]] = 1.0;
        }
        return y;
    }

    /** Features flattened row by row (n·d values), for fast batching. */
    public double[] flatX() {
        int d = width();
        double[] flat = new double[x.length * d];
        for (int n = 0; n < x.length; n++) System.arraycopy(x[n], 0, flat, n * d, d);
        return flat;
    }

    // ------------------------------------------------------------------------------------------- new data sets

    /** The examples at the given indices, in that order (extras follow). */
    public Dataset subset(int[] idx) {
        double[][] nx = new double[idx.length][];
        int[] nl = labels == null ? null : new int[idx.length];
        double[][] ny = targets == null ? null : new double[idx.length][];
        Map<String, double[]> ne = new LinkedHashMap<>();
        extras.forEach((k, v) -> ne.put(k, new double[idx.length]));
        for (int m = 0; m < idx.length; m++) {
            int n = idx[m];
            if (n < 0 || n >= x.length) throw new IllegalArgumentException("subset: index " + n + " out of range 0.." + (x.length - 1));
            nx[m] = x[n].clone();
            if (nl != null) nl[m] = labels[n];
            if (ny != null) ny[m] = targets[n].clone();
            for (Map.Entry<String, double[]> e : extras.entrySet()) ne.get(e.getKey())[m] = e.getValue()[n];
        }
        if (idx.length == 0) throw new IllegalArgumentException("subset: no indices given (a data set cannot be empty)");
        return new Dataset(nx, nl, ny, classes, names.clone(), ne);
    }

    /** The first n examples. */
    public Dataset head(int n) {
        int[] idx = new int[Math.min(n, size())];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        return subset(idx);
    }

    /** A random split: a fraction {@code trainFraction} of the examples for training, the rest for testing. */
    public Split split(double trainFraction, long seed) {
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("split: train fraction must be in (0, 1), got " + trainFraction);
        }
        int[] perm = permutation(size(), new SplittableRandom(seed));
        int nTrain = (int) Math.round(trainFraction * size());
        if (nTrain == 0 || nTrain == size()) {
            throw new IllegalArgumentException("split: " + size() + " examples with train fraction " + trainFraction + " leaves one side empty");
        }
        return new Split(subset(Arrays.copyOfRange(perm, 0, nTrain)), subset(Arrays.copyOfRange(perm, nTrain, size())));
    }

    /** The same data set with these feature names. */
    public Dataset withNames(String... newNames) {
        if (newNames.length != width()) {
            throw new IllegalArgumentException("withNames: " + width() + " features but " + newNames.length + " names");
        }
        return new Dataset(x, labels, targets, classes, newNames.clone(), extras);
    }

    /** The same data set with a per-example extra column (not a feature). */
    public Dataset withExtra(String name, double[] values) {
        if (values.length != size()) {
            throw new IllegalArgumentException("withExtra('" + name + "'): " + size() + " examples but " + values.length + " values");
        }
        Map<String, double[]> ne = new LinkedHashMap<>(extras);
        ne.put(name, values.clone());
        return new Dataset(x, labels, targets, classes, names, ne);
    }

    /** The same examples with other labels (for example random ones). */
    public Dataset withLabels(int[] newLabels) {
        Dataset d = classification(x, newLabels, classes);
        return new Dataset(d.x, d.labels, null, classes, names, extras);
    }

    /** A new data set with feature column i replaced. */
    public Dataset withColumn(int i, double[] values) {
        checkColumn(i);
        if (values.length != size()) throw new IllegalArgumentException("withColumn: " + size() + " examples but " + values.length + " values");
        double[][] nx = deepCopy(x);
        for (int n = 0; n < nx.length; n++) {
            if (!Double.isFinite(values[n])) throw new IllegalArgumentException("withColumn: value " + n + " is " + values[n]);
            nx[n][i] = values[n];
        }
        return new Dataset(nx, labels, targets, classes, names, extras);
    }

    /** A new data set with a feature column appended. */
    public Dataset addColumn(String name, double[] values) {
        if (values.length != size()) throw new IllegalArgumentException("addColumn: " + size() + " examples but " + values.length + " values");
        double[][] nx = new double[size()][];
        for (int n = 0; n < nx.length; n++) {
            if (!Double.isFinite(values[n])) throw new IllegalArgumentException("addColumn('" + name + "'): value " + n + " is " + values[n]);
            nx[n] = Arrays.copyOf(x[n], width() + 1);
            nx[n][width()] = values[n];
        }
        String[] nn = Arrays.copyOf(names, names.length + 1);
        nn[names.length] = name;
        return new Dataset(nx, labels, targets, classes, nn, extras);
    }

    /** A new data set with only the given feature columns, in that order. */
    public Dataset selectColumns(int... columns) {
        double[][] nx = new double[size()][columns.length];
        String[] nn = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            checkColumn(columns[c]);
            nn[c] = names[columns[c]];
            for (int n = 0; n < size(); n++) nx[n][c] = x[n][columns[c]];
        }
        return new Dataset(nx, labels, targets, classes, nn, extras);
    }

    /** A new data set with feature column i permuted across examples (a permutation-importance test). */
    public Dataset shuffleColumn(int i, long seed) {
        double[] col = column(i);
        int[] perm = permutation(col.length, new SplittableRandom(seed));
        double[] shuffled = new double[col.length];
        for (int n = 0; n < col.length; n++) shuffled[n] = col[perm[n]];
        return withColumn(i, shuffled);
    }

    /** The data set as a Tablesaw table: one column per feature, then the label (or targets), then the extras. */
    public Table toTable() {
        Table t = Table.create("data");
        for (int i = 0; i < width(); i++) t.addColumns(DoubleColumn.create(names[i], column(i)));
        if (labels != null) t.addColumns(IntColumn.create("label", labels.clone()));
        else for (int j = 0; j < targets[0].length; j++) {
            double[] c = new double[size()];
            for (int n = 0; n < size(); n++) c[n] = targets[n][j];
            t.addColumns(DoubleColumn.create("y" + j, c));
        }
        extras.forEach((k, v) -> t.addColumns(DoubleColumn.create(k, v.clone())));
        return t;
    }

    @Override
    public String toString() {
        return "Dataset " + size() + " × " + width() + " " + Arrays.toString(names)
                + (labels != null ? ", " + classes + " classes" : ", regression with " + targets[0].length + " targets");
    }

    /** A uniformly random permutation of 0..n−1 (Fisher–Yates) from the given stream. */
    public static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private void requireClassification(String what) {
        if (labels == null) throw new IllegalArgumentException(what + ": this is a regression data set, it has no labels");
    }

    private void checkColumn(int i) {
        if (i < 0 || i >= width()) throw new IllegalArgumentException("feature index " + i + " out of range 0.." + (width() - 1));
    }

    private static int validateFeatures(double[][] x) {
        if (x.length == 0) throw new IllegalArgumentException("data set is empty: it needs at least one example");
        int d = x[0].length;
        if (d == 0) throw new IllegalArgumentException("data set: examples need at least one feature");
        for (int n = 0; n < x.length; n++) {
            if (x[n].length != d) {
                throw new IllegalArgumentException("data set: example " + n + " has " + x[n].length + " features, example 0 has " + d);
            }
            for (int i = 0; i < d; i++) {
                if (!Double.isFinite(x[n][i])) {
                    throw new IllegalArgumentException("data set: feature " + i + " of example " + n + " is " + x[n][i]
                            + " (NaN and infinite values are not allowed)");
                }
            }
        }
        return d;
    }

    private static String[] defaultNames(int d) {
        String[] n = new String[d];
        for (int i = 0; i < d; i++) n[i] = "x" + i;
        return n;
    }

    private static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
        return c;
    }

    /** A train/test pair. */
    public record Split(Dataset train, Dataset test) {
    }
}
