package nnlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The library's tanh against {@link Math#tanh}: close everywhere, exact where it must be. */
class TanhTest {

    @Test
    void agreesWithMathTanhAtEveryScale() {
        SplittableRandom rng = new SplittableRandom(2026);
        double worstAbsolute = 0, worstRelative = 0;
        for (int k = 0; k < 400_000; k++) {
            double z = (2 * rng.nextDouble() - 1) * Math.pow(10, -12 + 13.5 * rng.nextDouble());  // |z| from 1e-12 to 30
            double expected = Math.tanh(z), actual = Activation.tanh(z);
            worstAbsolute = Math.max(worstAbsolute, Math.abs(expected - actual));
            worstRelative = Math.max(worstRelative, Math.abs(expected - actual) / Math.abs(expected));
        }
        assertTrue(worstAbsolute <= Math.ulp(1.0), "largest absolute difference " + worstAbsolute);
        assertTrue(worstRelative < 2e-15, "largest relative difference " + worstRelative);
    }

    @Test
    void oddExactlyAndRightAtTheEdges() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int k = 0; k < 100_000; k++) {
            double z = rng.nextGaussian() * (k % 2 == 0 ? 3 : 0.01);
            assertEquals(-Activation.tanh(z), Activation.tanh(-z), "tanh(-z) = -tanh(z) at z = " + z);
        }
        assertEquals(0.0, Activation.tanh(0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Activation.tanh(-0.0)), "tanh(-0) = -0");
        assertEquals(1.0, Activation.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Activation.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, Activation.tanh(40.0));
        assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
        for (double z : new double[] {0.019999999, 0.02, 0.020000001}) {           // the switch from series to exponential
            assertEquals(Math.tanh(z), Activation.tanh(z), 2e-15 * Math.tanh(z), "tanh(" + z + ")");
        }
    }
}
