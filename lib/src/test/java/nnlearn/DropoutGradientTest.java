package nnlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlearn.check.GradientCheck;
import org.junit.jupiter.api.Test;

/**
 * Dropout's backward pass, checked through an equivalent network: for one example with mask m on the hidden outputs,
 * z² = W² (m ⊙ a¹) + b² = (W² diag m) a¹ + b². So the dropout network's dW¹, db¹, db² equal those of a plain network
 * with W² diag m, and its dW² equals that network's dW² scaled column-wise by m. The plain network is itself
 * checked against finite differences.
 */
class DropoutGradientTest {

    @Test
    void dropoutBackwardMatchesTheFoldedNetwork() {
        Network drop = Network.input(3).dense(6, Activation.TANH, Init.normal(0.7), Init.normal(0.3)).dropout(0.5)
                .output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY, Init.normal(0.7), Init.normal(0.3)).build(21);
        double[][] x = {{0.4, -1.1, 0.8}};
        double[][] y = {{0, 1}};
        drop.zeroGrad();
        drop.forward(x, true);
        drop.backward(y);
        double[] m = drop.layer(1).dropoutMask()[0];
        int dropped = 0;
        for (double v : m) if (v == 0) dropped++;
        assertTrue(dropped > 0 && dropped < m.length, "the mask drops some units but not all: " + java.util.Arrays.toString(m));

        Network plain = Network.input(3).dense(6, Activation.TANH).output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(1);
        plain.layer(1).setWeights(drop.layer(1).weights());
        plain.layer(1).setBiases(drop.layer(1).biases());
        double[][] w2 = drop.layer(2).weights();
        for (double[] row : w2) for (int j = 0; j < row.length; j++) row[j] *= m[j];
        plain.layer(2).setWeights(w2);
        plain.layer(2).setBiases(drop.layer(2).biases());
        GradientCheck.Result r = GradientCheck.run(plain, x, y);
        assertTrue(r.maxRelativeError() < 1e-6, r::toString);

        double[][] dW1 = drop.layer(1).dW(), pW1 = plain.layer(1).dW();
        for (int j = 0; j < 6; j++) for (int i = 0; i < 3; i++) assertEquals(pW1[j][i], dW1[j][i], 1e-12);
        double[][] dW2 = drop.layer(2).dW(), pW2 = plain.layer(2).dW();
        for (int k = 0; k < 2; k++) for (int j = 0; j < 6; j++) assertEquals(pW2[k][j] * m[j], dW2[k][j], 1e-12);
        for (int k = 0; k < 2; k++) assertEquals(plain.layer(2).db[k], drop.layer(2).db[k], 1e-12);
    }
}
