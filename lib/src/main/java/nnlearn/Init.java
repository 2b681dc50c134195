package nnlearn;

import java.util.random.RandomGenerator;

/**
 * How a parameter tensor starts: a named, swappable strategy. Weights and biases of a layer each take one.
 *
 * <pre>{@code
 * Init.zeros()        every value 0
 * Init.constant(0.5)  every value 0.5 (all units identical: see notebook 03)
 * Init.uniform(a)     U(−a, a)
 * Init.normal(sigma)  N(0, sigma²)
 * Init.xavier()       U(−r, r), r = √(6 / (fanIn + fanOut))   Glorot and Bengio, AISTATS 2010
 * Init.he()           N(0, 2 / fanIn)                          He et al., ICCV 2015
 * }</pre>
 */
public abstract class Init {

    private final String name;

    private Init(String name) {
        this.name = name;
    }

    /**
     * Fills {@code values} in place. {@code fanIn} and {@code fanOut} are the layer's input and output widths;
     * {@code rng} is the layer's own random stream (unused by the deterministic initialisers).
     */
    public abstract void fill(double[] values, int fanIn, int fanOut, RandomGenerator rng);

    @Override
    public String toString() {
        return name;
    }

    public static Init zeros() {
        return constant(0.0, "zeros");
    }

    public static Init constant(double c) {
        return constant(c, "constant(" + c + ")");
    }

    private static Init constant(double c, String name) {
        requireFinite("constant", c);
        return new Init(name) {
            @Override
            public void fill(double[] values, int fanIn, int fanOut, RandomGenerator rng) {
                java.util.Arrays.fill(values, c);
            }
        };
    }

    /** Uniform on (−a, a). */
    public static Init uniform(double a) {
        requirePositive("uniform half-width a", a);
        return new Init("uniform(" + a + ")") {
            @Override
            public void fill(double[] values, int fanIn, int fanOut, RandomGenerator rng) {
                for (int i = 0; i < values.length; i++) values[i] = a * (2 * rng.nextDouble() - 1);
            }
        };
    }

    /** Normal with mean 0 and standard deviation sigma. */
    public static Init normal(double sigma) {
        requirePositive("normal sigma", sigma);
        return new Init("normal(" + sigma + ")") {
            @Override
            public void fill(double[] values, int fanIn, int fanOut, RandomGenerator rng) {
                for (int i = 0; i < values.length; i++) values[i] = sigma * rng.nextGaussian();
            }
        };
    }

    /** Glorot/Xavier uniform: keeps the variance of activations and of gradients roughly equal across layers. */
    public static Init xavier() {
        return new Init("xavier") {
            @Override
            public void fill(double[] values, int fanIn, int fanOut, RandomGenerator rng) {
                double r = Math.sqrt(6.0 / (fanIn + fanOut));
                for (int i = 0; i < values.length; i++) values[i] = r * (2 * rng.nextDouble() - 1);
            }
        };
    }

    /** He normal: variance 2 / fanIn, which compensates for ReLU zeroing half its inputs. */
    public static Init he() {
        return new Init("he") {
            @Override
            public void fill(double[] values, int fanIn, int fanOut, RandomGenerator rng) {
                double sigma = Math.sqrt(2.0 / fanIn);
                for (int i = 0; i < values.length; i++) values[i] = sigma * rng.nextGaussian();
            }
        };
    }

    private static void requireFinite(String what, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(what + " must be finite, got " + v);
    }

    private static void requirePositive(String what, double v) {
        if (!(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
    }
}
