package nnlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nnlearn.data.Dataset;
import nnlearn.data.Datasets;
import nnlearn.train.Optimizer;
import nnlearn.train.Params;
import nnlearn.train.Regularizer;
import nnlearn.train.Trainer;
import org.junit.jupiter.api.Test;
import smile.classification.LogisticRegression;

/**
 * L2-regularised logistic regression is strictly convex, so its optimum is unique: this library and Smile must find
 * the same coefficients. Smile minimises Σ_n NLL_n + (λ_s/2)‖w‖² (intercept unpenalised); this library minimises
 * the mean, (1/n) Σ_n NLL_n + (λ/2)‖w‖², so the two agree when λ = λ_s / n.
 */
class SmileCrossCheckTest {

    @Test
    void l2LogisticRegressionMatchesSmile() {
        Dataset data = Datasets.gaussianClasses(200, 3, 1.5, 0.1, 17);
        int n = data.size();
        double lambdaSmile = 2.0;
        LogisticRegression.Binomial smile = LogisticRegression.binomial(data.x(), data.labels(), lambdaSmile, 1e-12, 5000);
        double[] ref = smile.coefficients(); // w_1..w_p, then the intercept

        Network net = Network.input(3).output(1, Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY, Init.zeros(), Init.zeros()).build(1);
        Optimizer gd = Optimizer.sgd(1.0).regularize(Regularizer.l2(lambdaSmile / n), Params.allWeights());
        Trainer.of(net, gd).fullBatch().shuffle(false).fit(data, 20000);

        for (int i = 0; i < 3; i++) assertEquals(ref[i], net.layer(1).weight(0, i), 1e-6, "coefficient " + i);
        assertEquals(ref[3], net.layer(1).b[0], 1e-6, "intercept");
    }
}
