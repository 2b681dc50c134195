package nnlearn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnlearn.data.Dataset;
import nnlearn.data.Datasets;
import nnlearn.data.Houses;
import nnlearn.data.Standardizer;
import nnlearn.train.Optimizer;
import nnlearn.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every bad input is refused with a message naming the problem and the values involved. */
class BadInputTest {

    static Network net() {
        return Network.input(2).dense(4, Activation.TANH).output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(1);
    }

    static void refused(Executable e, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), () -> "message «" + ex.getMessage() + "» should mention «" + f + "»");
        }
    }

    @Test
    void wrongInputWidth() {
        refused(() -> net().forward(new double[][] {{1, 2, 3}}), "width 3", "input width 2");
        refused(() -> Trainer.of(net(), Optimizer.sgd(0.1)).fit(Houses.generate(10, Houses.Door.uniform(), 2, 1), 1),
                "4 features", "input width 2");
    }

    @Test
    void labelsOutOfRange() {
        refused(() -> Dataset.classification(new double[][] {{0, 0}, {1, 1}}, new int[] {0, 2}, 2), "label 2", "example 1", "0..1");
        refused(() -> net().backward(new int[] {5}), "label 5", "0..1");
        Dataset threeClasses = Dataset.classification(new double[][] {{0, 0}, {1, 1}, {2, 2}}, new int[] {0, 1, 2}, 3);
        refused(() -> Trainer.of(net(), Optimizer.sgd(0.1)).fit(threeClasses, 1), "3 classes", "width 2");
    }

    @Test
    void nanOrInfiniteInputs() {
        refused(() -> Dataset.classification(new double[][] {{0, Double.NaN}}, new int[] {0}, 2), "feature 1", "example 0", "NaN");
        refused(() -> net().forward(new double[][] {{0, Double.POSITIVE_INFINITY}}), "feature 1", "Infinity");
    }

    @Test
    void emptyDataSet() {
        refused(() -> Dataset.classification(new double[0][], new int[0], 2), "empty");
        refused(() -> net().forward(new double[0][]), "empty");
    }

    @Test
    void nonPositiveLearningRate() {
        refused(() -> Optimizer.sgd(0), "learning rate", "0.0");
        refused(() -> Optimizer.adam(-0.1), "learning rate", "-0.1");
        refused(() -> Optimizer.momentum(Double.NaN, 0.9), "learning rate", "NaN");
    }

    @Test
    void mismatchedOutputAndLoss() {
        refused(() -> Network.input(2).output(2, Activation.SOFTMAX, Loss.MSE).build(1), "softmax", "squared-error", "identity");
        refused(() -> Network.input(2).output(1, Activation.IDENTITY, Loss.BINARY_CROSS_ENTROPY).build(1), "identity", "binary-cross-entropy");
        refused(() -> Network.input(2).dense(3, Activation.SOFTMAX), "hidden layer 1", "softmax");
    }

    @Test
    void constantColumnCannotBeStandardised() {
        Dataset houses = Houses.generate(100, Houses.Door.constant(0.7), 2, 1);  // 0.7 × 100 does not average to exactly 0.7
        refused(() -> Standardizer.fit(houses), "feature 3", "door", "constant", "0.7");
    }

    @Test
    void divergingLearningRateStopsTrainingWithEpochAndStep() {
        Network regression = Network.input(2).dense(8, Activation.RELU).output(1, Activation.IDENTITY, Loss.MSE).build(3);
        double[][] x = new double[50][2], y = new double[50][1];
        for (int i = 0; i < 50; i++) { x[i][0] = i; x[i][1] = -i; y[i][0] = 100 * i; }
        Dataset data = Dataset.regression(x, y);
        IllegalStateException ex = assertThrows(IllegalStateException.class,
                () -> Trainer.of(regression, Optimizer.sgd(10)).batchSize(10).fit(data, 100));
        assertTrue(ex.getMessage().contains("epoch") && ex.getMessage().contains("step") && ex.getMessage().contains("smaller learning rate"),
                ex.getMessage());
    }

    @Test
    void layerIndicesCountFromOne() {
        refused(() -> net().layer(0), "layer index 0", "1..2");
        refused(() -> net().layer(1).setWeight(4, 0, 1.0), "unit index 4");
        refused(() -> Datasets.twoMoons(1, 0.1, 1), "at least 2");
    }
}
