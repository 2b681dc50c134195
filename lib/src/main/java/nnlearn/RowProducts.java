package nnlearn;

import java.util.Arrays;

/**
 * The three matrix products of one {@link Dense} layer, on its flat row-major arrays (W is out × in; x, z, δ have
 * one row per example):
 * <pre>
 *   forward          z = x Wᵀ + b          z_n  = b + Σ_i x_n[i] · W[:, i]
 *   weight gradient  dW += s · δᵀ x        dW_j += Σ_n (s · δ_nj) · x_n,   db += s · Σ_n δ_n
 *   input gradient   dX = δ W              dX_n = Σ_j δ_nj · W_j
 * </pre>
 * Each one builds rows as sums of scaled rows, so a single inner loop, {@link #addCombination}, does all the
 * arithmetic. Reading {@link Dense} is enough to follow backpropagation; this class is only about speed.
 *
 * <p><b>Why rows.</b> Java 17's JIT compiler runs a loop like {@code y[i] += c * v[i]} on 4 or 8 doubles at a time
 * (SIMD) when every array in it is indexed by the same expression; measured here, offsets into flat arrays
 * ({@code y[yo + i] += c * v[vo + i]}) left the same loop scalar (no faster with SIMD switched off). So the products work
 * on separate row arrays that start at index 0:
 * W, Wᵀ, dW and the input batch are copied into rows, one pass over each matrix, a few percent of the work.
 * The inner loop adds four scaled rows per pass, so y is loaded and stored a quarter as often.
 *
 * <p><b>Order.</b> Every element of y (every unit of the layer) receives the same operations in the same order, and
 * SIMD lanes compute exactly what the scalar loop would. Units with equal weights therefore get bitwise equal
 * results, which the symmetry experiments of the notebooks rely on.
 *
 * <p>Each layer owns one instance: its rows are scratch space, reused from batch to batch.
 */
final class RowProducts {

    private final int in, out;
    private final double[][] w;        // W, out rows of length in (copied for the input gradient)
    private final double[][] wT;       // Wᵀ, in rows of length out (copied for the forward pass)
    private final double[][] dWRow;    // dW, out rows of length in (copied in and back out by the weight gradient)
    private double[] row = new double[0];    // one row being summed: of z, zᵀ or dX
    private double[][] x = new double[0][];  // the input batch as rows of length in
    private double[][] xT = new double[0][]; // its transpose, in rows of length batch
    private double[] coefficients = new double[0];

    RowProducts(int in, int out) {
        this.in = in;
        this.out = out;
        this.w = new double[out][in];
        this.wT = new double[in][out];
        this.dWRow = new double[out][in];
    }

    /**
     * z = x Wᵀ + b for {@code batch} examples: x is batch × in, z is batch × out (written, not accumulated).
     * Whichever of the two orders below has the longer rows is used; both give bitwise the same z.
     */
    void forward(double[] xFlat, int batch, double[] W, double[] b, double[] z) {
        if (out < batch) {
            forwardUnitByUnit(xFlat, batch, W, b, z);
        } else {
            forwardExampleByExample(xFlat, batch, W, b, z);
        }
    }

    /** Row n of z, one example at a time: z_n = b + Σ_i x_n[i] · W[:, i] (rows of length out). */
    private void forwardExampleByExample(double[] xFlat, int batch, double[] W, double[] b, double[] z) {
        for (int j = 0; j < out; j++) {
            for (int i = 0; i < in; i++) wT[i][j] = W[j * in + i];  // row i of Wᵀ is column i of W
        }
        double[] zn = row(out);
        for (int n = 0; n < batch; n++) {
            System.arraycopy(b, 0, zn, 0, out);                     // z_n = b
            addCombination(zn, xFlat, n * in, wT, in, out);         //     + Σ_i x_n[i] · W[:, i]
            System.arraycopy(zn, 0, z, n * out, out);
        }
    }

    /**
     * Column j of z, one unit at a time: z[:, j] = b_j + Σ_i W[j][i] · x[:, i] (rows of length batch), for layers
     * narrower than the batch, such as an output layer. The products and their pairing are those of
     * {@link #forwardExampleByExample} (x·w = w·x exactly), so z is bitwise the same.
     */
    private void forwardUnitByUnit(double[] xFlat, int batch, double[] W, double[] b, double[] z) {
        if (xT.length < in || xT[0].length < batch) xT = new double[in][batch];
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < in; i++) xT[i][n] = xFlat[n * in + i];  // row i of xᵀ is input i of every example
        }
        double[] zj = row(batch);
        for (int j = 0; j < out; j++) {
            Arrays.fill(zj, 0, batch, b[j]);                        // z[:, j] = b_j
            addCombination(zj, W, j * in, xT, in, batch);           //        + Σ_i W[j][i] · x[:, i]
            for (int n = 0; n < batch; n++) z[n * out + j] = zj[n];
        }
    }

    /** dW += s · δᵀ x and db += s · Σ_n δ_n, with δ batch × out and x batch × in; dW is out × in. */
    void addWeightGradient(double[] delta, double[] xFlat, int batch, double s, double[] dW, double[] db) {
        loadRows(xFlat, batch);
        if (coefficients.length < batch) coefficients = new double[batch];
        for (int n = 0; n < batch; n++) {
            for (int j = 0; j < out; j++) db[j] += s * delta[n * out + j];   // db += s · δ_n
        }
        for (int j = 0; j < out; j++) {
            for (int n = 0; n < batch; n++) coefficients[n] = s * delta[n * out + j];
            double[] dWj = dWRow[j];
            System.arraycopy(dW, j * in, dWj, 0, in);               // row j of dW as it is
            addCombination(dWj, coefficients, 0, x, batch, in);     //   += Σ_n (s · δ_nj) · x_n
            System.arraycopy(dWj, 0, dW, j * in, in);
        }
    }

    /** dX = δ W, with δ batch × out and W out × in; dX is batch × in (written, not accumulated). */
    void inputGradient(double[] delta, int batch, double[] W, double[] dX) {
        for (int j = 0; j < out; j++) System.arraycopy(W, j * in, w[j], 0, in);
        for (int n = 0; n < batch; n++) {
            double[] dXn = row(in);
            Arrays.fill(dXn, 0, in, 0.0);
            addCombination(dXn, delta, n * out, w, out, in);        // dX_n = Σ_j δ_nj · W_j
            System.arraycopy(dXn, 0, dX, n * in, in);
        }
    }

    /**
     * y[i] += Σ_k c[co + k] · v[k][i] for k &lt; m and i &lt; len: a linear combination of m rows added to y.
     * Four rows per pass, ((c0·v0 + c1·v1) + (c2·v2 + c3·v3)), then the remaining rows one at a time.
     */
    static void addCombination(double[] y, double[] c, int co, double[][] v, int m, int len) {
        int k = 0;
        for (; k + 3 < m; k += 4) {
            double c0 = c[co + k], c1 = c[co + k + 1], c2 = c[co + k + 2], c3 = c[co + k + 3];
            double[] v0 = v[k], v1 = v[k + 1], v2 = v[k + 2], v3 = v[k + 3];
            for (int i = 0; i < len; i++) {
                y[i] += (c0 * v0[i] + c1 * v1[i]) + (c2 * v2[i] + c3 * v3[i]);
            }
        }
        for (; k < m; k++) {
            double ck = c[co + k];
            double[] vk = v[k];
            for (int i = 0; i < len; i++) {
                y[i] += ck * vk[i];
            }
        }
    }

    /** The scratch row, at least {@code length} long. */
    private double[] row(int length) {
        if (row.length < length) row = new double[length];
        return row;
    }

    private void loadRows(double[] xFlat, int batch) {
        if (x.length < batch) x = new double[batch][in];
        for (int n = 0; n < batch; n++) System.arraycopy(xFlat, n * in, x[n], 0, in);
    }
}
