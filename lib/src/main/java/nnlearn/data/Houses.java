package nnlearn.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Synthetic houses for notebook 01: size x (m²), bedrooms y, bathrooms z and the front door's colour w, classified into
 * price bins. The price depends on x, y and z only; w is drawn independently of everything, so it is irrelevant
 * by construction.
 *
 * <pre>{@code
 * Dataset houses = Houses.generate(300, Houses.Door.uniform(), 3, 7);  // columns size, bedrooms, bathrooms, door
 * }</pre>
 *
 * <p>Price (in thousands) = 2·size + 15·bedrooms + 25·bathrooms + N(0, 20²); the bins are equal-count quantiles of
 * the price, so the classes are balanced. Extras: {@code "price"}.
 */
public final class Houses {

    /** Column indices of the four features. */
    public static final int SIZE = 0, BEDROOMS = 1, BATHROOMS = 2, DOOR = 3;

    private Houses() {
    }

    /** How the door colour w is drawn (a hue in [0, 1), or a constant). */
    public interface Door {
        double draw(SplittableRandom rng);

        /** Uniform hue in [0, 1). */
        static Door uniform() {
            return SplittableRandom::nextDouble;
        }

        /** Normal with the given mean and standard deviation. */
        static Door normal(double mean, double sd) {
            return rng -> mean + sd * rng.nextGaussian();
        }

        /** Every door the same colour c (then w can carry no information, not even noise). */
        static Door constant(double c) {
            return rng -> c;
        }
    }

    /** Generates n houses in {@code bins} price classes. */
    public static Dataset generate(int n, Door door, int bins, long seed) {
        if (n < bins) throw new IllegalArgumentException("houses: need at least as many houses as bins, got n=" + n + ", bins=" + bins);
        if (bins < 2) throw new IllegalArgumentException("houses: need at least 2 price bins, got " + bins);
        SplittableRandom features = new SplittableRandom(seed);
        SplittableRandom doors = features.split();
        double[][] x = new double[n][4];
        double[] price = new double[n];
        for (int i = 0; i < n; i++) {
            double size = Math.max(30, 120 + 35 * features.nextGaussian());
            double bedrooms = Math.max(1, Math.min(6, Math.round(size / 40 + 0.8 * features.nextGaussian())));
            double bathrooms = Math.max(1, Math.min(4, Math.round(bedrooms / 2 + 0.6 * features.nextGaussian())));
            x[i][SIZE] = size;
            x[i][BEDROOMS] = bedrooms;
            x[i][BATHROOMS] = bathrooms;
            x[i][DOOR] = door.draw(doors);
            price[i] = 2 * size + 15 * bedrooms + 25 * bathrooms + 20 * features.nextGaussian();
        }
        double[] sorted = price.clone();
        Arrays.sort(sorted);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int bin = 0;
            for (int b = 1; b < bins; b++) if (price[i] >= sorted[(int) ((long) b * n / bins)]) bin = b;
            y[i] = bin;
        }
        return Dataset.classification(x, y, bins).withNames("size", "bedrooms", "bathrooms", "door").withExtra("price", price);
    }
}
