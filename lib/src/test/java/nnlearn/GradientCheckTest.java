package nnlearn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nnlearn.check.GradientCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backpropagation against central finite differences, for every activation, output/loss pair and initialiser. */
class GradientCheckTest {

    static final double TOLERANCE = 1e-6;

    static Stream<Arguments> hiddenActivations() {
        return Stream.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.leakyRelu(0.1))
                .map(Arguments::of);
    }

    static Stream<Arguments> outputPairs() {
        return Stream.of(
                Arguments.of(Activation.SOFTMAX, Loss.CROSS_ENTROPY, 3),
                Arguments.of(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, 2),
                Arguments.of(Activation.IDENTITY, Loss.MSE, 2));
    }

    static Stream<Arguments> initialisers() {
        return Stream.of(Init.constant(0.3), Init.uniform(0.8), Init.normal(0.7), Init.xavier(), Init.he()).map(Arguments::of);
    }

    @ParameterizedTest(name = "hidden {0}, every output pair")
    @MethodSource("hiddenActivations")
    void everyActivationWithEveryOutputPair(Activation f) {
        for (Arguments pair : outputPairs().toList()) {
            Object[] p = pair.get();
            Activation out = (Activation) p[0];
            Loss loss = (Loss) p[1];
            int k = (Integer) p[2];
            Network net = Network.input(3)
                    .dense(5, f, Init.normal(0.8), Init.normal(0.5))
                    .dense(4, f, Init.normal(0.8), Init.normal(0.5))
                    .output(k, out, loss, Init.normal(0.8), Init.normal(0.5))
                    .build(11);
            assertPasses(net, 7, loss, 5);
        }
    }

    @ParameterizedTest(name = "initialiser {0}")
    @MethodSource("initialisers")
    void everyInitialiser(Init init) {
        Network net = Network.input(3).dense(6, Activation.TANH, init, Init.normal(0.3))
                .output(3, Activation.SOFTMAX, Loss.CROSS_ENTROPY, Init.normal(0.5), Init.normal(0.3)).build(5);
        assertPasses(net, 6, Loss.CROSS_ENTROPY, 9);
    }

    @ParameterizedTest(name = "zero biases initialised by zeros(), weights by {0}")
    @MethodSource("initialisers")
    void zeroBiasesWithEveryInitialiser(Init init) {
        Network net = Network.input(2).dense(4, Activation.SIGMOID, init, Init.zeros())
                .output(1, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, init, Init.zeros()).build(3);
        // Zeros can hide a wrong backward pass: check at non-zero biases too.
        for (Dense layer : net.layers()) for (int j = 0; j < layer.out; j++) layer.b[j] = 0.1 * (j + 1);
        assertPasses(net, 5, Loss.BINARY_CROSS_ENTROPY, 2);
    }

    @org.junit.jupiter.api.Test
    void noHiddenLayer() {
        for (Arguments pair : outputPairs().toList()) {
            Object[] p = pair.get();
            int k = (Integer) p[2];
            Network net = Network.input(4).output(k, (Activation) p[0], (Loss) p[1], Init.normal(1.0), Init.normal(1.0)).build(8);
            assertPasses(net, 6, (Loss) p[1], 13);
        }
    }

    static void assertPasses(Network net, int n, Loss loss, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = net.inputs(), k = net.outputs();
        double[][] x = new double[n][d], y = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) x[i][j] = rng.nextGaussian();
            if (loss == Loss.CROSS_ENTROPY) y[i][rng.nextInt(k)] = 1;
            else if (loss == Loss.BINARY_CROSS_ENTROPY) for (int j = 0; j < k; j++) y[i][j] = rng.nextInt(2);
            else for (int j = 0; j < k; j++) y[i][j] = rng.nextGaussian();
        }
        GradientCheck.Result r = GradientCheck.run(net, x, y);
        assertTrue(r.maxRelativeError() < TOLERANCE, () -> net + " failed the gradient check:\n" + r);
        assertTrue(r.maxAbsoluteError() < 1e-7, () -> net + ": absolute error too large\n" + r);
        List<Dense> layers = net.layers();
        assertTrue(layers.get(0).gradNorm() > 0, net + ": first-layer gradient is zero, the check would prove nothing");
    }

    /** The checker can fail: an activation whose derivative is wrong by a factor 1.1 is caught. */
    @org.junit.jupiter.api.Test
    void aWrongDerivativeIsCaught() {
        Activation wrong = new Activation("tanh-with-wrong-derivative") {
            @Override public double f(double z) { return Math.tanh(z); }
            @Override public double df(double z, double a) { return 1.1 * (1 - a * a); }
        };
        Network net = Network.input(3).dense(4, wrong, Init.normal(0.8), Init.normal(0.5))
                .output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(4);
        double[][] x = {{0.3, -1.2, 0.5}, {1.0, 0.2, -0.7}};
        double[][] y = {{1, 0}, {0, 1}};
        GradientCheck.Result r = GradientCheck.run(net, x, y);
        assertTrue(r.maxRelativeError() > 1e-2, () -> "a wrong derivative went unnoticed:\n" + r);
    }
}
