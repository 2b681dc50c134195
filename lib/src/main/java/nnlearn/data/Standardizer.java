package nnlearn.data;

import java.util.Arrays;

/**
 * Rescales chosen feature columns to mean 0 and standard deviation 1, with the statistics of the data it was
 * fitted on (fit on the training set, then apply the same transform to the test set).
 *
 * <p>A constant column has standard deviation 0: dividing by it is undefined, so {@link #fit(Dataset)} refuses it
 * and names the column. Leave such a column out with {@link #fit(Dataset, int...)}.
 */
public final class Standardizer {

    private final int[] columns;
    private final double[] mean, std;

    private Standardizer(int[] columns, double[] mean, double[] std) {
        this.columns = columns;
        this.mean = mean;
        this.std = std;
    }

    /** Fits every feature column. */
    public static Standardizer fit(Dataset data) {
        int[] all = new int[data.width()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return fit(data, all);
    }

    /** Fits only the given feature columns; the others pass through unchanged. */
    public static Standardizer fit(Dataset data, int... columns) {
        double[] mean = new double[columns.length], std = new double[columns.length];
        String[] names = data.names();
        for (int c = 0; c < columns.length; c++) {
            double[] v = data.column(columns[c]);
            double m = 0;
            for (double x : v) m += x;
            m /= v.length;
            double s = 0;
            for (double x : v) s += (x - m) * (x - m);
            s = Math.sqrt(s / v.length);
            double min = Arrays.stream(v).min().getAsDouble(), max = Arrays.stream(v).max().getAsDouble();
            if (min == max || !(s > 0)) {   // (the rounded mean of equal values can differ from them, so test min == max)
                throw new IllegalArgumentException("standardise: feature " + columns[c] + " ('" + names[columns[c]]
                        + "') is constant (every value " + v[0] + ", standard deviation 0), so it cannot be divided by its"
                        + " standard deviation; leave it out with Standardizer.fit(data, columns...)");
            }
            mean[c] = m;
            std[c] = s;
        }
        return new Standardizer(columns.clone(), mean, std);
    }

    /** Applies the fitted transform, returning a new data set. */
    public Dataset apply(Dataset data) {
        Dataset out = data;
        for (int c = 0; c < columns.length; c++) {
            double[] v = data.column(columns[c]);
            for (int n = 0; n < v.length; n++) v[n] = (v[n] - mean[c]) / std[c];
            out = out.withColumn(columns[c], v);
        }
        return out;
    }

    public double[] means() {
        return mean.clone();
    }

    public double[] stds() {
        return std.clone();
    }

    @Override
    public String toString() {
        return "Standardizer(columns " + Arrays.toString(columns) + ", mean " + Arrays.toString(mean) + ", std " + Arrays.toString(std) + ")";
    }
}
