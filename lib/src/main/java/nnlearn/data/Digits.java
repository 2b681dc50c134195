package nnlearn.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The UCI optical handwritten digits, 8×8: 1797 images, 64 pixel counts 0..16 each, labels 0..9.
 * Loaded offline from a resource shipped in the library (see {@code nnlearn/data/DIGITS-README.md} for the source,
 * licence CC BY 4.0 and attribution: Alpaydin and Kaynak, UCI Machine Learning Repository, 1998).
 */
public final class Digits {

    private static final String RESOURCE = "/nnlearn/data/digits.csv.gz";

    private Digits() {
    }

    /** All 1797 digits, pixels scaled to [0, 1] (divided by 16). Features are named p0..p63, row by row. */
    public static Dataset load() {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (InputStream raw = Digits.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException("digits resource " + RESOURCE + " is missing from the nnlearn jar");
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) continue;
                String[] f = line.split(",");
                double[] px = new double[64];
                for (int i = 0; i < 64; i++) px[i] = Double.parseDouble(f[i]) / 16.0;
                rows.add(px);
                labels.add((int) Double.parseDouble(f[64]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        String[] names = new String[64];
        for (int i = 0; i < 64; i++) names[i] = "p" + i;
        return Dataset.classification(rows.toArray(new double[0][]), labels.stream().mapToInt(Integer::intValue).toArray(), 10)
                .withNames(names);
    }

    /** One digit's 64 pixels as an 8×8 image, row 0 at the top. */
    public static double[][] image(double[] pixels) {
        if (pixels.length != 64) throw new IllegalArgumentException("a digit has 64 pixels, got " + pixels.length);
        double[][] img = new double[8][8];
        for (int r = 0; r < 8; r++) System.arraycopy(pixels, r * 8, img[r], 0, 8);
        return img;
    }
}
