package nnlearn.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import nnlearn.Dense;
import nnlearn.Loss;
import nnlearn.Network;
import nnlearn.data.Dataset;
import nnlearn.train.Trainer;
import nnlearn.train.TrainingObserver;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Turns a training run into Tablesaw tables, one row per checkpoint (every epoch, or every N steps).
 *
 * <pre>{@code
 * Recorder rec = Recorder.everyEpoch()
 *         .evaluate("train", train).evaluate("test", test)   // exact loss and accuracy on each set
 *         .layerStats()                                     // per-layer ‖dW‖, ‖W‖, ‖ΔW‖/‖W‖
 *         .track("door weights", n -> norm(n.layer(1).fromInput(3)));
 * Trainer.of(net, opt).observe(rec).fit(train, 100);
 * rec.table();          // step, epoch, batch_loss, batch_accuracy, train_loss, train_accuracy, ..., door weights
 * rec.layerTable();     // step, epoch, layer, grad_norm, weight_norm, update_ratio
 * }</pre>
 *
 * <p>Checkpoint 0 is recorded before the first step. {@code batch_loss} and {@code batch_accuracy} are the mean over
 * the steps since the previous checkpoint, measured on each batch before its step (free to compute); the
 * {@code evaluate} columns are exact passes over the given set at the checkpoint, in evaluation mode.
 * Evaluation runs on a private copy of the network, so the layers' z, a, δ, dW and db still describe the last step.
 *
 * <p>Memory: the main table holds one row per checkpoint; {@link #layerTable()} K rows per checkpoint;
 * {@link #activations} (examples × units) rows and {@link #examples} one row per example per checkpoint. Record
 * per-example data every epoch only for a few hundred examples over a few hundred checkpoints (≈ 10⁵ rows, a few MB).
 */
public final class Recorder implements TrainingObserver {

    private final int everySteps;   // 0 = every epoch
    private final Map<String, Dataset> evaluations = new LinkedHashMap<>();
    private final Map<String, ToDoubleFunction<Network>> tracked = new LinkedHashMap<>();
    private boolean layerStats;
    private int activationLayer;
    private double[][] activationInputs;
    private Dataset exampleData;
    private double[][] exampleX;

    private final List<Long> steps = new ArrayList<>();
    private final List<Integer> epochs = new ArrayList<>();
    private final List<Double> batchLoss = new ArrayList<>(), batchAccuracy = new ArrayList<>();
    private final Map<String, List<Double>> columns = new LinkedHashMap<>();
    private final Table layers = Table.create("layers", LongColumn.create("step"), IntColumn.create("epoch"),
            IntColumn.create("layer"), DoubleColumn.create("grad_norm"), DoubleColumn.create("weight_norm"),
            DoubleColumn.create("update_ratio"));
    private final Table activations = Table.create("activations", LongColumn.create("step"), IntColumn.create("epoch"),
            IntColumn.create("example"), IntColumn.create("unit"), DoubleColumn.create("activation"));
    private final Table examples = Table.create("examples", LongColumn.create("step"), IntColumn.create("epoch"),
            IntColumn.create("example"), IntColumn.create("label"), DoubleColumn.create("p_true"), IntColumn.create("correct"));

    private final List<Integer> inputsToTrack = new ArrayList<>();
    private final Map<String, double[][]> evalX = new LinkedHashMap<>(), evalY = new LinkedHashMap<>();
    private Network shadow;
    private double lossSinceLast;
    private int correctSinceLast, seenSinceLast;
    private long lastRecordedStep = -1;

    private Recorder(int everySteps) {
        this.everySteps = everySteps;
    }

    /** A checkpoint after every epoch (and one before training). */
    public static Recorder everyEpoch() {
        return new Recorder(0);
    }

    /** A checkpoint every {@code n} steps (and one before training). */
    public static Recorder everySteps(int n) {
        if (n < 1) throw new IllegalArgumentException("everySteps: n must be at least 1, got " + n);
        return new Recorder(n);
    }

    /** At each checkpoint, the exact loss and accuracy on {@code data}: columns name_loss and name_accuracy. */
    public Recorder evaluate(String name, Dataset data) {
        evaluations.put(name, data);
        columns.put(name + "_loss", new ArrayList<>());
        if (data.isClassification()) columns.put(name + "_accuracy", new ArrayList<>());
        return this;
    }

    /** At each checkpoint, a scalar of the network, as a column of that name. */
    public Recorder track(String column, ToDoubleFunction<Network> value) {
        tracked.put(column, value);
        columns.put(column, new ArrayList<>());
        return this;
    }

    /** At each checkpoint, every first-layer weight leaving input i, as columns {@code W1[j,i]}. */
    public Recorder weightsFromInput(int input) {
        inputsToTrack.add(input);
        return this;
    }

    /** At each checkpoint, per layer: ‖dW‖ of the last step, ‖W‖ and the update-to-weight ratio ‖ΔW‖/‖W‖. */
    public Recorder layerStats() {
        this.layerStats = true;
        return this;
    }

    /** At each checkpoint, the outputs a of layer k for these inputs (a long table: example, unit, activation). */
    public Recorder activations(int layer, double[][] inputs) {
        this.activationLayer = layer;
        this.activationInputs = inputs;
        return this;
    }

    /** At each checkpoint, for every example of {@code data}: the probability of its true class and whether it is correct. */
    public Recorder examples(Dataset data) {
        if (!data.isClassification()) throw new IllegalArgumentException("examples: needs a classification data set");
        this.exampleData = data;
        this.exampleX = data.x();
        return this;
    }

    // ------------------------------------------------------------------------------------------- observer

    @Override
    public void onStart(Trainer trainer) {
        Network net = trainer.network();
        if (shadow == null) {
            shadow = net.copy();
            for (int input : inputsToTrack) {
                for (int j = 0; j < net.layer(1).out; j++) {
                    int unit = j;
                    track("W1[" + j + "," + input + "]", n -> n.layer(1).weight(unit, input));
                }
            }
            evaluations.forEach((name, data) -> {
                evalX.put(name, data.x());
                evalY.put(name, data.targets(net.outputs()));
            });
        }
        if (lastRecordedStep < trainer.step()) record(trainer, trainer.epoch(), trainer.step());
    }

    @Override
    public void onStep(Step s) {
        lossSinceLast += s.loss() * s.examples().length;
        correctSinceLast += s.correct();
        seenSinceLast += s.examples().length;
        if (everySteps > 0 && s.step() % everySteps == 0) record(s.trainer(), s.epoch(), s.step());
    }

    @Override
    public void onEpoch(Epoch e) {
        if (everySteps == 0) record(e.trainer(), e.epoch(), e.step());
    }

    private void record(Trainer trainer, int epoch, long step) {
        Network net = trainer.network();
        shadow.copyParametersFrom(net);
        lastRecordedStep = step;
        steps.add(step);
        epochs.add(epoch);
        boolean classify = net.loss() != Loss.MSE;
        batchLoss.add(seenSinceLast == 0 ? Double.NaN : lossSinceLast / seenSinceLast);
        batchAccuracy.add(seenSinceLast == 0 || !classify ? Double.NaN : (double) correctSinceLast / seenSinceLast);
        lossSinceLast = 0;
        correctSinceLast = 0;
        seenSinceLast = 0;
        for (Map.Entry<String, Dataset> ev : evaluations.entrySet()) {
            Dataset data = ev.getValue();
            double[][] out = shadow.forward(evalX.get(ev.getKey()));
            columns.get(ev.getKey() + "_loss").add(shadow.lossOfLastForward(evalY.get(ev.getKey())));
            if (data.isClassification()) {
                int[] pred = shadow.predictions(out);
                int[] labels = data.labels();
                int c = 0;
                for (int n = 0; n < pred.length; n++) if (pred[n] == labels[n]) c++;
                columns.get(ev.getKey() + "_accuracy").add((double) c / pred.length);
            }
        }
        for (Map.Entry<String, ToDoubleFunction<Network>> t : tracked.entrySet()) {
            columns.get(t.getKey()).add(t.getValue().applyAsDouble(net));
        }
        if (layerStats) {
            for (int k = 1; k <= net.depth(); k++) {
                Dense layer = net.layer(k);
                double w = layer.weightNorm();
                layers.longColumn("step").append(step);
                layers.intColumn("epoch").append(epoch);
                layers.intColumn("layer").append(k);
                layers.doubleColumn("grad_norm").append(step == 0 ? Double.NaN : layer.gradNorm());
                layers.doubleColumn("weight_norm").append(w);
                layers.doubleColumn("update_ratio").append(step == 0 ? Double.NaN : trainer.optimizer().lastUpdateNorm(net, k) / w);
            }
        }
        if (activationInputs != null) {
            shadow.forward(activationInputs);
            double[][] a = shadow.layer(activationLayer).a();
            for (int n = 0; n < a.length; n++) {
                for (int j = 0; j < a[n].length; j++) {
                    activations.longColumn("step").append(step);
                    activations.intColumn("epoch").append(epoch);
                    activations.intColumn("example").append(n);
                    activations.intColumn("unit").append(j);
                    activations.doubleColumn("activation").append(a[n][j]);
                }
            }
        }
        if (exampleData != null) {
            double[][] out = shadow.forward(exampleX);
            int[] labels = exampleData.labels();
            int[] pred = shadow.predictions(out);
            for (int n = 0; n < labels.length; n++) {
                double p = out[n].length == 1 ? (labels[n] == 1 ? out[n][0] : 1 - out[n][0]) : out[n][labels[n]];
                examples.longColumn("step").append(step);
                examples.intColumn("epoch").append(epoch);
                examples.intColumn("example").append(n);
                examples.intColumn("label").append(labels[n]);
                examples.doubleColumn("p_true").append(p);
                examples.intColumn("correct").append(pred[n] == labels[n] ? 1 : 0);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- tables

    /** One row per checkpoint: step, epoch, batch_loss, batch_accuracy, the evaluations and the tracked values. */
    public Table table() {
        Table t = Table.create("training",
                LongColumn.create("step", steps.stream().mapToLong(Long::longValue).toArray()),
                IntColumn.create("epoch", epochs.stream().mapToInt(Integer::intValue).toArray()),
                DoubleColumn.create("batch_loss", batchLoss.stream().mapToDouble(Double::doubleValue).toArray()),
                DoubleColumn.create("batch_accuracy", batchAccuracy.stream().mapToDouble(Double::doubleValue).toArray()));
        columns.forEach((name, values) -> t.addColumns(DoubleColumn.create(name, values.stream().mapToDouble(Double::doubleValue).toArray())));
        return t;
    }

    /** Per checkpoint and layer: grad_norm (‖dW‖ of the last step), weight_norm (‖W‖), update_ratio (‖ΔW‖/‖W‖). */
    public Table layerTable() {
        return layers.copy();
    }

    /** Per checkpoint, example and unit: the activation of the chosen layer. */
    public Table activationTable() {
        return activations.copy();
    }

    /** Per checkpoint and example: label, p_true (probability of the true class) and correct (0/1). */
    public Table exampleTable() {
        return examples.copy();
    }

    /** Number of checkpoints recorded. */
    public int checkpoints() {
        return steps.size();
    }

    @Override
    public String toString() {
        return "Recorder(" + (everySteps == 0 ? "every epoch" : "every " + everySteps + " steps") + ", " + steps.size()
                + " checkpoints, columns " + columns.keySet() + ")";
    }
}
