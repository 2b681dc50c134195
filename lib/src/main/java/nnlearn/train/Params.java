package nnlearn.train;

import nnlearn.Dense;
import nnlearn.Network;

/**
 * A group of parameters that a regulariser applies to, e.g. only the first-layer weights leaving input w.
 *
 * <pre>{@code
 * Params.allWeights()      every W^(k), no biases (the usual choice for weight decay)
 * Params.all()             every W^(k) and b^(k)
 * Params.weights(1)        W^(1) only
 * Params.layer(1)          W^(1) and b^(1)
 * Params.biases(2)         b^(2) only
 * Params.fromInput(3)      the weights leaving input 3: column 3 of W^(1)
 * Params.incoming(1, 0)    the weights into unit 0 of layer 1: row 0 of W^(1)
 * }</pre>
 */
public abstract class Params {

    private final String name;

    private Params(String name) {
        this.name = name;
    }

    /** Whether W^(k)[j][i] (layer k counted from 1) belongs to the group. */
    public abstract boolean weight(int k, int j, int i);

    /** Whether b^(k)[j] belongs to the group. */
    public abstract boolean bias(int k, int j);

    /** The flat indices of W^(k) in the group (empty if none). */
    public int[] weightIndices(Network net, int k) {
        Dense layer = net.layer(k);
        int[] idx = new int[layer.W.length];
        int m = 0;
        for (int j = 0; j < layer.out; j++) {
            for (int i = 0; i < layer.in; i++) {
                if (weight(k, j, i)) idx[m++] = j * layer.in + i;
            }
        }
        return java.util.Arrays.copyOf(idx, m);
    }

    /** The indices of b^(k) in the group (empty if none). */
    public int[] biasIndices(Network net, int k) {
        Dense layer = net.layer(k);
        int[] idx = new int[layer.out];
        int m = 0;
        for (int j = 0; j < layer.out; j++) if (bias(k, j)) idx[m++] = j;
        return java.util.Arrays.copyOf(idx, m);
    }

    @Override
    public String toString() {
        return name;
    }

    public static Params all() {
        return new Params("all parameters") {
            @Override public boolean weight(int k, int j, int i) { return true; }
            @Override public boolean bias(int k, int j) { return true; }
        };
    }

    public static Params allWeights() {
        return new Params("all weights") {
            @Override public boolean weight(int k, int j, int i) { return true; }
            @Override public boolean bias(int k, int j) { return false; }
        };
    }

    public static Params weights(int layer) {
        return new Params("W(" + layer + ")") {
            @Override public boolean weight(int k, int j, int i) { return k == layer; }
            @Override public boolean bias(int k, int j) { return false; }
        };
    }

    /** W^(k) and b^(k) of one layer. */
    public static Params layer(int layer) {
        return new Params("layer " + layer) {
            @Override public boolean weight(int k, int j, int i) { return k == layer; }
            @Override public boolean bias(int k, int j) { return k == layer; }
        };
    }

    public static Params biases(int layer) {
        return new Params("b(" + layer + ")") {
            @Override public boolean weight(int k, int j, int i) { return false; }
            @Override public boolean bias(int k, int j) { return k == layer; }
        };
    }

    /** The first-layer weights leaving input {@code input}. */
    public static Params fromInput(int input) {
        return new Params("weights leaving input " + input) {
            @Override public boolean weight(int k, int j, int i) { return k == 1 && i == input; }
            @Override public boolean bias(int k, int j) { return false; }
        };
    }

    /** The weights into unit {@code unit} of layer {@code layer}. */
    public static Params incoming(int layer, int unit) {
        return new Params("weights into unit " + unit + " of layer " + layer) {
            @Override public boolean weight(int k, int j, int i) { return k == layer && j == unit; }
            @Override public boolean bias(int k, int j) { return false; }
        };
    }
}
