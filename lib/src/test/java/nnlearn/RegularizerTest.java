package nnlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlearn.data.Dataset;
import nnlearn.data.Houses;
import nnlearn.train.Optimizer;
import nnlearn.train.Params;
import nnlearn.train.Regularizer;
import nnlearn.train.Trainer;
import org.junit.jupiter.api.Test;

class RegularizerTest {

    /** Houses whose door colour is constant 0: every weight leaving it gets an exactly zero data gradient. */
    static Dataset housesWithDoorZero() {
        Dataset raw = Houses.generate(200, Houses.Door.constant(0.0), 3, 5);
        Dataset scaled = nnlearn.data.Standardizer.fit(raw, 0, 1, 2).apply(raw);
        return scaled;
    }

    static Network net(long seed) {
        return Network.input(4).dense(6, Activation.TANH, Init.normal(0.5), Init.zeros())
                .output(3, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(seed);
    }

    @Test
    void l2WithZeroDataGradientShrinksExactlyGeometrically() {
        Network net = net(1);
        double eta = 0.1, lambda = 0.5;
        double[] w0 = net.layer(1).fromInput(Houses.DOOR);
        Optimizer opt = Optimizer.sgd(eta).regularize(Regularizer.l2(lambda), Params.fromInput(Houses.DOOR));
        int t = 0;
        Dataset data = housesWithDoorZero();
        Trainer trainer = Trainer.of(net, opt).fullBatch();
        for (int epoch = 1; epoch <= 50; epoch++) {
            trainer.fit(data, 1);
            t++;
            double[] w = net.layer(1).fromInput(Houses.DOOR);
            for (int j = 0; j < w.length; j++) {
                double predicted = Math.pow(1 - eta * lambda, t) * w0[j];
                assertEquals(predicted, w[j], 1e-12 * Math.abs(w0[j]), "unit " + j + " step " + t);
            }
        }
    }

    @Test
    void l1ProximalReachesExactZeroAtThePredictedStep() {
        Network net = net(2);
        double eta = 0.1, lambda = 0.2;
        double[] w0 = net.layer(1).fromInput(Houses.DOOR);
        Optimizer opt = Optimizer.sgd(eta).regularize(Regularizer.l1Proximal(lambda), Params.fromInput(Houses.DOOR));
        Trainer trainer = Trainer.of(net, opt).fullBatch();
        Dataset data = housesWithDoorZero();
        int[] zeroAt = new int[w0.length];
        for (int t = 1; t <= 100; t++) {
            trainer.fit(data, 1);
            double[] w = net.layer(1).fromInput(Houses.DOOR);
            for (int j = 0; j < w.length; j++) if (w[j] == 0.0 && zeroAt[j] == 0) zeroAt[j] = t;
        }
        for (int j = 0; j < w0.length; j++) {
            // ⌈|w0|/(ηλ)⌉, up to one step of floating-point rounding in the repeated subtraction
            int predicted = (int) Math.ceil(Math.abs(w0[j]) / (eta * lambda));
            assertTrue(Math.abs(zeroAt[j] - predicted) <= 1, "unit " + j + ": zero at " + zeroAt[j] + ", predicted " + predicted);
            assertEquals(0.0, net.layer(1).weight(j, Houses.DOOR), "stays exactly zero");
        }
        // the other inputs keep non-zero weights
        for (double w : net.layer(1).fromInput(Houses.SIZE)) assertTrue(w != 0.0);
    }

    @Test
    void l1SubgradientChattersButNeverLandsOnZero() {
        Network net = net(3);
        Optimizer opt = Optimizer.sgd(0.1).regularize(Regularizer.l1(0.2), Params.fromInput(Houses.DOOR));
        Trainer.of(net, opt).fullBatch().fit(housesWithDoorZero(), 200);
        double[] w = net.layer(1).fromInput(Houses.DOOR);
        for (double v : w) {
            assertTrue(v != 0.0, "subgradient L1 gave an exact zero");
            assertTrue(Math.abs(v) <= 0.1 * 0.2 + 1e-12, "it chatters within one step of zero: " + v);
        }
    }

    @Test
    void regulariserOnOneGroupLeavesTheRestAlone() {
        Network a = net(4), b = net(4);
        Dataset data = housesWithDoorZero();
        Trainer.of(a, Optimizer.sgd(0.1)).fullBatch().fit(data, 5);
        Trainer.of(b, Optimizer.sgd(0.1).regularize(Regularizer.l2(0.3), Params.fromInput(Houses.DOOR))).fullBatch().fit(data, 5);
        // the door column has zero data gradient, so the rest of the network never sees the penalty
        assertEquals(java.util.Arrays.toString(a.layer(2).weights()[0]), java.util.Arrays.toString(b.layer(2).weights()[0]));
    }

    @Test
    void frozenLayerStaysExactlyAsItWas() {
        Network net = net(5);
        double[][] w1 = net.layer(1).weights();
        double[] b1 = net.layer(1).biases();
        double[][] w2 = net.layer(2).weights();
        Trainer.of(net, Optimizer.adam(0.05).freeze(Params.layer(1))).batchSize(16).fit(housesWithDoorZero(), 3);
        org.junit.jupiter.api.Assertions.assertArrayEquals(w1, net.layer(1).weights());
        org.junit.jupiter.api.Assertions.assertArrayEquals(b1, net.layer(1).biases());
        assertTrue(!java.util.Arrays.deepEquals(w2, net.layer(2).weights()), "the output layer trained");
        assertTrue(net.layer(1).gradNorm() > 0, "gradients of frozen parameters are still computed");
    }
}
