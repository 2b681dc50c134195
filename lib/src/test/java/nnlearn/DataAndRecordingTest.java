package nnlearn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import nnlearn.check.Check;
import nnlearn.data.Dataset;
import nnlearn.data.Datasets;
import nnlearn.data.Digits;
import nnlearn.data.Houses;
import nnlearn.record.Recorder;
import nnlearn.train.Optimizer;
import nnlearn.train.Trainer;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DataAndRecordingTest {

    @Test
    void generatorsAreSeeded() {
        assertArrayEquals(Datasets.twoMoons(50, 0.1, 7).x(), Datasets.twoMoons(50, 0.1, 7).x());
        assertTrue(!java.util.Arrays.deepEquals(Datasets.twoMoons(50, 0.1, 7).x(), Datasets.twoMoons(50, 0.1, 8).x()));
        assertArrayEquals(Datasets.spirals(20, 3, 0.1, 1).x(), Datasets.spirals(20, 3, 0.1, 1).x());
        Dataset g = Datasets.gaussianClasses(400, 5, 2.0, 0.1, 3);
        double flipped = java.util.Arrays.stream(g.extra("flipped")).sum();
        assertTrue(flipped > 20 && flipped < 60, "about 10% flipped: " + flipped);
        Dataset houses = Houses.generate(300, Houses.Door.uniform(), 3, 1);
        assertEquals(300, houses.size());
        assertEquals("door", houses.names()[Houses.DOOR]);
        int[] counts = new int[3];
        for (int y : houses.labels()) counts[y]++;
        for (int c : counts) assertEquals(100, c, "equal-count price bins");
    }

    @Test
    void digitsLoadOffline() {
        Dataset digits = Digits.load();
        assertEquals(1797, digits.size());
        assertEquals(64, digits.width());
        assertEquals(10, digits.classes());
        assertEquals(0, digits.label(0));
    }

    @Test
    void splitIsSeededAndComplete() {
        Dataset d = Datasets.twoMoons(100, 0.1, 1);
        Dataset.Split s = d.split(0.8, 5);
        assertEquals(80, s.train().size());
        assertEquals(20, s.test().size());
        assertArrayEquals(s.train().x(), d.split(0.8, 5).train().x());
    }

    @Test
    void recorderBuildsTables() {
        Dataset.Split s = Datasets.twoMoons(200, 0.1, 2).split(0.75, 1);
        Network net = Network.input(2).dense(8, Activation.TANH).output(2, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(3);
        Recorder rec = Recorder.everyEpoch().evaluate("train", s.train()).evaluate("test", s.test()).layerStats()
                .weightsFromInput(1).activations(1, s.test().head(3).x()).examples(s.train());
        Trainer.of(net, Optimizer.sgd(0.3)).batchSize(16).observe(rec).fit(s.train(), 30);
        Table t = rec.table();
        assertEquals(31, t.rowCount(), "checkpoint 0 plus 30 epochs");
        assertTrue(t.columnNames().containsAll(java.util.List.of("train_loss", "test_accuracy", "W1[0,1]", "batch_loss")));
        double first = t.doubleColumn("train_loss").get(0), last = t.doubleColumn("train_loss").get(30);
        assertTrue(last < 0.5 * first, "loss fell from " + first + " to " + last);
        assertEquals(31 * 2, rec.layerTable().rowCount());
        assertEquals(31 * 3 * 8, rec.activationTable().rowCount());
        assertEquals(31 * 150, rec.exampleTable().rowCount());
        // the recorded weight is the network's weight at the end
        assertEquals(net.layer(1).weight(0, 1), t.doubleColumn("W1[0,1]").get(30));
    }

    @Test
    void checkPrintsAndThrows() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        try {
            Check.check("two is even", 2 % 2 == 0, 2);
            assertThrows(Check.ClaimFailed.class, () -> Check.check("three is even", 3 % 2 == 0, 3));
        } finally {
            System.setOut(old);
        }
        String out = buf.toString();
        assertTrue(out.contains("✔ two is even") && out.contains("measured: 2"), out);
        assertTrue(out.contains("✘ three is even"), out);
    }

    @Test
    void toStringShowsTheArchitecture() {
        Network net = Network.input(4).dense(8, Activation.TANH).output(3, Activation.SOFTMAX, Loss.CROSS_ENTROPY).build(1);
        assertEquals("4 → tanh(8) → softmax(3) | cross-entropy", net.toString());
    }
}
