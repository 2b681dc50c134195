package nnlearn.check;

import java.util.Arrays;

/**
 * The claim helper for notebooks: a conclusion stated in code, printed with the number it rests on, and enforced.
 *
 * <pre>{@code
 * import static nnlearn.check.Check.check;
 * check("hidden units stay identical", gap == 0.0, gap);
 * // ✔ hidden units stay identical   [measured: 0.0]
 * }</pre>
 *
 * A false claim throws {@link ClaimFailed}, so a notebook whose science stops being true fails to execute.
 * (Java's {@code assert} cannot serve: it is switched off unless the JVM runs with -ea.)
 */
public final class Check {

    private Check() {
    }

    /** Thrown when a claim is false. */
    public static final class ClaimFailed extends RuntimeException {
        public ClaimFailed(String message) {
            super(message);
        }
    }

    /**
     * Prints the claim with its measured value on standard output; throws {@link ClaimFailed} when {@code holds}
     * is false. Returns nothing, so a cell that ends with a check shows only the claim line.
     */
    public static void check(String claim, boolean holds, Object measured) {
        String line = (holds ? "✔ " : "✘ ") + claim + "   [measured: " + format(measured) + "]";
        System.out.println(line);
        if (!holds) {
            throw new ClaimFailed("claim failed: " + claim + " (measured: " + format(measured) + ")");
        }
    }

    /** A claim with no single measured value. */
    public static void check(String claim, boolean holds) {
        check(claim, holds, holds ? "true" : "false");
    }

    /** Formats numbers and arrays for the claim line: doubles in full precision, arrays element by element. */
    public static String format(Object v) {
        if (v instanceof double[] d) return Arrays.toString(d);
        if (v instanceof int[] i) return Arrays.toString(i);
        if (v instanceof long[] l) return Arrays.toString(l);
        if (v instanceof boolean[] b) return Arrays.toString(b);
        if (v instanceof Object[] o) return Arrays.deepToString(o);
        return String.valueOf(v);
    }
}
