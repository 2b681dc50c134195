package nnlearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nnlearn.data.Dataset;
import nnlearn.data.Datasets;
import nnlearn.train.Optimizer;
import nnlearn.train.Trainer;
import org.junit.jupiter.api.Test;

class DeterminismAndSymmetryTest {

    static final Dataset MOONS = Datasets.twoMoons(120, 0.15, 3);

    static Network train(long seed, double dropout, Optimizer opt, int batch) {
        Network.Builder b = Network.input(2).dense(8, Activation.TANH);
        if (dropout > 0) b.dropout(dropout);
        Network net = b.output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(seed);
        Trainer.of(net, opt).batchSize(batch).fit(MOONS, 5);
        return net;
    }

    static double[] allParameters(Network net) {
        return net.layers().stream().flatMapToDouble(l -> Arrays.stream(concat(l.W, l.b))).toArray();
    }

    static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void sameSeedGivesBitwiseTheSameWeights() {
        for (double dropout : new double[] {0.0, 0.3}) {
            double[] a = allParameters(train(42, dropout, Optimizer.adam(0.01), 8));
            double[] b = allParameters(train(42, dropout, Optimizer.adam(0.01), 8));
            assertEquals(a.length, b.length);
            for (int i = 0; i < a.length; i++) {
                assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), "parameter " + i);
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentWeights() {
        assertFalse(Arrays.equals(allParameters(train(1, 0, Optimizer.sgd(0.1), 8)), allParameters(train(2, 0, Optimizer.sgd(0.1), 8))));
    }

    static Network constantNet(double dropout, long seed) {
        Network.Builder b = Network.input(2).dense(6, Activation.TANH, Init.constant(0.4), Init.constant(0.1));
        if (dropout > 0) b.dropout(dropout);
        return b.output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY, Init.constant(0.3), Init.zeros()).build(seed);
    }

    static boolean rowsBitwiseEqual(Dense layer) {
        double[][] w = layer.weights();
        for (int j = 1; j < layer.out; j++) {
            if (!Arrays.equals(w[0], w[j]) || Double.compare(layer.b[0], layer.b[j]) != 0) return false;
        }
        return true;
    }

    static boolean outgoingColumnsEqual(Dense next) {
        for (int j = 1; j < next.in; j++) if (!Arrays.equals(next.fromInput(0), next.fromInput(j))) return false;
        return true;
    }

    @Test
    void constantInitKeepsHiddenUnitsBitwiseIdenticalUnderFullBatchGradientDescent() {
        Network net = constantNet(0, 1);
        Trainer.of(net, Optimizer.sgd(0.5)).fullBatch().fit(MOONS, 200);
        assertTrue(rowsBitwiseEqual(net.layer(1)));
        assertTrue(outgoingColumnsEqual(net.layer(2)));
        assertTrue(net.layer(1).weight(0, 0) != 0.4, "the weights did move");
    }

    @Test
    void constantInitKeepsHiddenUnitsBitwiseIdenticalUnderShuffledSgd() {
        Network net = constantNet(0, 1);
        Trainer.of(net, Optimizer.momentum(0.05, 0.9)).batchSize(1).shuffle(true).fit(MOONS, 20);
        assertTrue(rowsBitwiseEqual(net.layer(1)));
        assertTrue(outgoingColumnsEqual(net.layer(2)));
    }

    @Test
    void dropoutBreaksTheSymmetry() {
        Network net = constantNet(0.2, 1);
        // step 1 moves only the output layer (equal output weights: the softmax errors sum to zero), step 2 the hidden one
        Trainer.of(net, Optimizer.sgd(0.5)).fullBatch().fit(MOONS, 2);
        assertFalse(rowsBitwiseEqual(net.layer(1)));
    }

    @Test
    void perturbingOneUnitFreesOnlyThatUnit() {
        Network net = constantNet(0, 1);
        net.layer(1).perturbIncoming(5, 1e-3, 99);
        Trainer.of(net, Optimizer.sgd(0.5)).fullBatch().fit(MOONS, 50);
        double[][] w = net.layer(1).weights();
        for (int j = 1; j < 5; j++) assertArrayEquals(w[0], w[j]);
        assertFalse(Arrays.equals(w[0], w[5]));
    }
}
