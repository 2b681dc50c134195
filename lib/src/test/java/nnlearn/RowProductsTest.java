package nnlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast products of {@link RowProducts} against the textbook triple loops, on shapes that exercise every branch:
 * widths and batch sizes below, at and past multiples of 4 (the rows-per-pass) and of 8 (a SIMD vector of doubles).
 */
class RowProductsTest {

    static double[] random(int n, SplittableRandom rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = rng.nextGaussian();
        return v;
    }

    static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 1e-12 * (1 + Math.abs(expected)),
                what + ": expected " + expected + ", got " + actual);
    }

    @ParameterizedTest(name = "batch {0}, in {1}, out {2}")
    @CsvSource({"1, 1, 1", "1, 3, 2", "2, 4, 4", "3, 5, 7", "5, 8, 9", "7, 13, 17", "32, 64, 128", "33, 128, 10", "4, 2, 37"})
    void productsMatchTheTripleLoops(int batch, int in, int out) {
        SplittableRandom rng = new SplittableRandom(batch * 1000L + in * 10L + out);
        double[] x = random(batch * in, rng), W = random(out * in, rng), b = random(out, rng), delta = random(batch * out, rng);
        RowProducts products = new RowProducts(in, out);

        double[] z = new double[batch * out];
        products.forward(x, batch, W, b, z);
        for (int n = 0; n < batch; n++) {
            for (int j = 0; j < out; j++) {
                double s = b[j];
                for (int i = 0; i < in; i++) s += W[j * in + i] * x[n * in + i];
                assertClose(s, z[n * out + j], "z[" + n + "][" + j + "]");
            }
        }

        double[] dW = random(out * in, rng), db = random(out, rng);      // gradients accumulate onto what is there
        double[] dW0 = dW.clone(), db0 = db.clone();
        double scale = 1.0 / batch;
        products.addWeightGradient(delta, x, batch, scale, dW, db);
        for (int j = 0; j < out; j++) {
            double sb = db0[j];
            for (int n = 0; n < batch; n++) sb += scale * delta[n * out + j];
            assertClose(sb, db[j], "db[" + j + "]");
            for (int i = 0; i < in; i++) {
                double s = 0;
                for (int n = 0; n < batch; n++) s += scale * delta[n * out + j] * x[n * in + i];
                assertClose(dW0[j * in + i] + s, dW[j * in + i], "dW[" + j + "][" + i + "]");
            }
        }

        double[] dX = random(batch * in, rng);                           // written, not accumulated
        products.inputGradient(delta, batch, W, dX);
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < in; i++) {
                double s = 0;
                for (int j = 0; j < out; j++) s += delta[n * out + j] * W[j * in + i];
                assertClose(s, dX[n * in + i], "dX[" + n + "][" + i + "]");
            }
        }
    }

    /** Units with bitwise equal weights get bitwise equal results wherever they sit in a row (scalar or SIMD part). */
    @ParameterizedTest(name = "in {0}, out {1}")
    @CsvSource({"13, 37", "64, 128", "5, 9"})
    void equalUnitsGetBitwiseEqualResults(int in, int out) {
        SplittableRandom rng = new SplittableRandom(in + 31L * out);
        int batch = 11;
        double[] x = random(batch * in, rng), row = random(in, rng), delta = new double[batch * out];
        double[] W = new double[out * in], b = new double[out];
        double[] deltaOfUnit = random(batch, rng);
        for (int j = 0; j < out; j++) {
            System.arraycopy(row, 0, W, j * in, in);
            b[j] = 0.25;
            for (int n = 0; n < batch; n++) delta[n * out + j] = deltaOfUnit[n];
        }
        RowProducts products = new RowProducts(in, out);
        double[] z = new double[batch * out], dW = new double[out * in], db = new double[out];
        products.forward(x, batch, W, b, z);
        products.addWeightGradient(delta, x, batch, 1.0 / batch, dW, db);
        for (int j = 1; j < out; j++) {
            for (int n = 0; n < batch; n++) assertEquals(z[n * out], z[n * out + j], "z of unit " + j + ", example " + n);
            for (int i = 0; i < in; i++) assertEquals(dW[i], dW[j * in + i], "dW of unit " + j + ", input " + i);
            assertEquals(db[0], db[j], "db of unit " + j);
        }
    }

    /** A layer narrower than the batch is summed unit by unit, otherwise example by example: bitwise the same z. */
    @ParameterizedTest(name = "batch {0}, in {1}, out {2}")
    @CsvSource({"11, 13, 10", "40, 5, 3", "32, 128, 10", "9, 64, 8"})
    void bothForwardOrdersGiveBitwiseTheSameZ(int batch, int in, int out) {
        SplittableRandom rng = new SplittableRandom(batch + 7L * in + 131L * out);
        double[] x = random(batch * in, rng), W = random(out * in, rng), b = random(out, rng);
        RowProducts products = new RowProducts(in, out);
        double[] z = new double[batch * out];
        products.forward(x, batch, W, b, z);                            // out < batch: unit by unit
        double[] zn = new double[out];
        for (int n = 0; n < batch; n++) {
            products.forward(java.util.Arrays.copyOfRange(x, n * in, (n + 1) * in), 1, W, b, zn);  // example by example
            for (int j = 0; j < out; j++) assertEquals(zn[j], z[n * out + j], "z[" + n + "][" + j + "]");
        }
    }
}
